import { describe, expect, it } from 'vitest'
import { buildFaqs, faqProblems, hasHeading } from '@/lib/content/faqs'
import type { ContentProblem } from '@/lib/content/model'
import { compileTree, loadSources } from '@/tests/support/content'

describe('buildFaqs', () => {
  it('takes the id from the file name and renders the filled-in answer', () => {
    const problems: ContentProblem[] = []
    const faqs = buildFaqs(loadSources().faqs, {}, problems)
    expect(problems).toEqual([])
    expect(faqs.map((f) => f.id)).toContain('does-it-hurt')
    for (const faq of faqs) expect(faq.html).toMatch(/^<p>/)
  })
})

describe('hasHeading and faqProblems', () => {
  it('finds a heading anywhere in an answer', () => {
    expect(hasHeading({ tree: compileTree('Text.\n\n#### Small\n') })).toBe(true)
    expect(hasHeading({ tree: compileTree('Just text.\n') })).toBe(false)
  })

  it('names a related article that is not published', () => {
    const faqs = buildFaqs(loadSources().faqs, {}, [])
    const problems = faqProblems(faqs, new Set(['procedure']))
    expect(problems).toContainEqual(
      expect.objectContaining({
        field: 'related',
        message: expect.stringContaining('"what-is-smp" is not a published article'),
      }),
    )
  })
})
