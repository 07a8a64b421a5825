import { describe, expect, it } from 'vitest'
import { getContent } from '@/lib/content'
import { buildFaqPageJsonLd } from '@/lib/structured-data/faq-page'
import { serializeJsonLd } from '@/lib/structured-data/serialize'
import { faq } from '@/tests/fixtures/faq'

describe('buildFaqPageJsonLd', () => {
  it('describes a schema.org FAQPage with every question and its answer as text', () => {
    const { faqs } = getContent()
    const data = buildFaqPageJsonLd(faqs)
    expect(data['@context']).toBe('https://schema.org')
    expect(data['@type']).toBe('FAQPage')
    expect(data.mainEntity).toHaveLength(faqs.length)
    expect(data.mainEntity.map((q) => q.name).sort()).toEqual(faqs.map((f) => f.question).sort())
    for (const question of data.mainEntity) {
      const source = faqs.find((f) => f.question === question.name)!
      expect(question['@type']).toBe('Question')
      expect(question.acceptedAnswer['@type']).toBe('Answer')
      expect(question.acceptedAnswer.text).toBe(source.text)
      expect(question.acceptedAnswer.text).not.toMatch(/<[a-z]/i)
      expect(question.acceptedAnswer.text.length).toBeGreaterThan(20)
    }
  })
})

describe('serializeJsonLd', () => {
  const nasty = buildFaqPageJsonLd([
    faq({
      id: 'a',
      question: 'What about </script><script>alert(1)</script>?',
      body: '1 &#x3C; 2 &amp; 3 &gt; 2 \u2028',
    }),
  ])

  it('parses back to the same data', () => {
    expect(JSON.parse(serializeJsonLd(nasty))).toEqual(nasty)
    const { faqs } = getContent()
    const parsed = JSON.parse(serializeJsonLd(buildFaqPageJsonLd(faqs)))
    expect(parsed.mainEntity.map((q: { name: string }) => q.name).sort()).toEqual(faqs.map((f) => f.question).sort())
  })

  it('writes no "<", ">" or "&" that could close the script tag or start a comment', () => {
    const json = serializeJsonLd(nasty)
    expect(json).not.toContain('<')
    expect(json).not.toContain('>')
    expect(json).not.toContain('&')
    expect(json).not.toContain('\u2028')
    expect(json).toContain('\\u003c/script\\u003e')
  })
})

describe('buildFaqPageJsonLd in a translated language', () => {
  it('says the page’s language; the English page stays as it was', () => {
    const { faqs } = getContent()
    expect(buildFaqPageJsonLd(faqs, 'hi')).toMatchObject({ inLanguage: 'hi' })
    expect(buildFaqPageJsonLd(faqs)).not.toHaveProperty('inLanguage')
  })
})
