import { describe, expect, it } from 'vitest'
import { buildArticles, glossaryPagePath, parseArticles } from '@/lib/content/articles'
import { buildFaqs } from '@/lib/content/faqs'
import { linkProblems, linkTargets } from '@/lib/content/link-targets'
import type { ContentProblem } from '@/lib/content/model'
import { checkSettings } from '@/lib/content/settings'
import { loadSources } from '@/tests/support/content'

function build(caseName?: string) {
  const sources = loadSources(caseName)
  const problems: ContentProblem[] = []
  const { region, glossary, references } = checkSettings(sources, problems)
  const parsed = parseArticles(sources.articles, problems)
  const glossaryPath = glossaryPagePath(parsed, Boolean(glossary), problems)
  const context = { region, glossary, references, glossaryPath }
  const articles = buildArticles(parsed, context, problems).filter((a) => !a.draft)
  const faqs = buildFaqs(sources.faqs, context, problems)
  return { articles, faqs, targets: linkTargets(articles, faqs, glossaryPath, glossary) }
}

describe('linkTargets', () => {
  const { articles, faqs, targets } = build()

  it("lists each article's ids, the FAQ answers, and the tools without checking their ids", () => {
    expect(targets.get('/aftercare')).toBeInstanceOf(Set)
    expect([...(targets.get('/faq') ?? [])].sort()).toEqual(faqs.map((f) => f.id).sort())
    expect(targets.get('/')).toBeNull()
    expect(targets.get('/self-check')).toBeNull()
  })

  it("adds the glossary's term ids to the glossary page", () => {
    expect(targets.get('/glossary')?.size).toBeGreaterThan(0)
    expect(linkProblems(articles, faqs, targets)).toEqual([])
  })
})

describe('linkProblems', () => {
  it('names each link that goes nowhere, with its file', () => {
    const { articles, faqs, targets } = build('article-broken-links')
    const problems = linkProblems(articles, faqs, targets)
    expect(problems.length).toBeGreaterThan(0)
    for (const problem of problems) expect(problem.message).toMatch(/^link "/)
  })
})
