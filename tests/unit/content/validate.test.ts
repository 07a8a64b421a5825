import { describe, expect, it } from 'vitest'
import { formatProblem, type ContentProblem, type SourceDocument } from '@/lib/content/model'
import { articleFrontMatter, maxDescriptionLength } from '@/lib/content/schema'
import { validateContent, type ContentSources } from '@/lib/content/validate'
import { compileTree, loadSources, matchesProblem, type ExpectedProblem } from '@/tests/support/content'

const article = (name: string) => `content/articles/${name}.md`
const faq = (name: string) => `content/faq/${name}.md`
const site = 'content/site.yaml'
const schedule = 'content/aftercare-schedule.yaml'

/** Asserts these problems (in any order) and, unless `onlyThese` is false, no others. */
function expectProblems(problems: ContentProblem[], expected: ExpectedProblem[], onlyThese = true) {
  const listing = problems.map(formatProblem).join('\n')
  for (const want of expected) {
    expect(
      problems.some((problem) => matchesProblem(problem, want)),
      `no problem ${JSON.stringify(want)} in:\n${listing}`,
    ).toBe(true)
  }
  if (onlyThese)
    expect(problems, `expected ${expected.length} problem(s), got:\n${listing}`).toHaveLength(expected.length)
}

describe('validateContent: the valid baseline', () => {
  const sources = loadSources()

  it.each([true, false])('has no problems (includeDrafts: %s)', (includeDrafts) => {
    const { problems, content } = validateContent(sources, { includeDrafts })
    expect(problems.map(formatProblem)).toEqual([])
    expect(content).toBeDefined()
  })

  it('publishes the articles in navigation order, with slugs, files and headings', () => {
    const { content } = validateContent(sources, { includeDrafts: false })
    expect(content?.articles.map((a) => [a.order, a.slug, a.file])).toEqual([
      [1, 'what-is-smp', article('what-is-smp')],
      [2, 'aftercare', article('aftercare')],
      [3, 'procedure', article('procedure')],
      [4, 'glossary', article('glossary')],
      [5, 'if-something-goes-wrong', article('if-something-goes-wrong')],
      [6, 'hair-loss-causes', article('hair-loss-causes')],
    ])
    const [first] = content?.articles ?? []
    expect(first?.draft).toBe(false)
    expect(first?.reviewedBy).toEqual({ name: 'Sam Example', role: 'Lead SMP practitioner' })
    expect(first?.headings).toEqual([
      { level: 2, id: 'how-smp-works', text: 'How SMP works' },
      { level: 2, id: 'sun--shade', text: 'Sun & shade' },
    ])
  })

  it('publishes the FAQ answers in order, with ids, and the clinic settings', () => {
    const { content } = validateContent(sources, { includeDrafts: false })
    expect(content?.faqs.map((f) => [f.id, f.category, f.related])).toEqual([
      ['does-it-hurt', 'procedure', ['procedure']],
      ['how-long-does-it-last', 'results', ['what-is-smp', 'aftercare']],
    ])
    expect(content?.site.url).toBe('https://www.example-smp.example')
    expect(content?.site.locations.map((place) => place.address.postalCode)).toEqual(['EC1A 1AA'])
  })

  it('sorts by order, not by file name or input order', () => {
    const reversed: ContentSources = {
      ...sources,
      articles: [...sources.articles].reverse(),
      faqs: [...sources.faqs].reverse(),
    }
    const { content } = validateContent(reversed, { includeDrafts: false })
    expect(content?.articles.map((a) => a.slug)).toEqual([
      'what-is-smp',
      'aftercare',
      'procedure',
      'glossary',
      'if-something-goes-wrong',
      'hair-loss-causes',
    ])
    expect(content?.faqs.map((f) => f.id)).toEqual(['does-it-hurt', 'how-long-does-it-last'])
  })
})

describe("validateContent: the clinic's country", () => {
  const withCountry = (code: string): ContentSources => {
    const sources = loadSources()
    return { ...sources, site: sources.site.map((doc) => ({ ...doc, data: { ...doc.data, countryCode: code } })) }
  }

  it.each([
    ['GB', '999', '112', 'GP'],
    ['IN', '112', '999', 'doctor'],
  ])('countryCode %s: the pages say %s, never %s, and name the %s', (code, number, otherNumber, doctor) => {
    const { content, problems } = validateContent(withCountry(code), { includeDrafts: false })
    expect(problems).toEqual([])
    expect(content?.region.emergencyNumber).toBe(number)
    const html = content!.articles.map((a) => a.html).join('\n')
    expect(html).toContain(`call ${number}`)
    expect(html).not.toContain(otherNumber)
    expect(html).toContain(`your ${doctor} the same day`)
    expect(html).not.toContain('{{')
  })

  it('numbers the citations and links glossary terms on first use', () => {
    const { content } = validateContent(loadSources(), { includeDrafts: false })
    const whatIs = content!.articles.find((a) => a.slug === 'what-is-smp')!
    expect(whatIs.citations).toEqual([{ id: 'rassman-2013', uses: 1 }])
    expect(whatIs.html).toContain('<a href="/glossary#pigment" class="glossary-link">pigment</a>')
    expect(content!.articles.find((a) => a.slug === 'glossary')!.html).not.toContain('glossary-link')
  })
})

describe('validateContent: drafts', () => {
  const sources = loadSources('link-to-draft')

  it('leaves drafts out of the published list unless includeDrafts', () => {
    const { content: withDrafts } = validateContent(sources, { includeDrafts: true })
    expect(withDrafts?.articles.map((a) => [a.slug, a.draft])).toEqual([
      ['what-is-smp', false],
      ['aftercare', false],
      ['procedure', false],
      ['coming-soon', true],
      ['glossary', false],
      ['if-something-goes-wrong', false],
      ['links-to-draft', false],
      ['hair-loss-causes', false],
    ])

    const withoutLink: ContentSources = {
      ...sources,
      articles: sources.articles.filter((a) => !a.file.endsWith('links-to-draft.md')),
    }
    const { problems, content } = validateContent(withoutLink, { includeDrafts: false })
    expect(problems).toEqual([])
    expect(content?.articles.map((a) => a.slug)).toEqual([
      'what-is-smp',
      'aftercare',
      'procedure',
      'glossary',
      'if-something-goes-wrong',
      'hair-loss-causes',
    ])
  })
})

// Cases that once went wrong: each problem is blamed on its own file only.
describe('validateContent: problems stay with their file', () => {
  it('(the draft fixture is otherwise valid)', () => {
    expect(validateContent(loadSources('draft-with-headings'), { includeDrafts: true }).problems).toEqual([])
  })

  it('a draft with "## " sections passes when drafts are excluded (its own heading anchors are not broken links)', () => {
    const { problems } = validateContent(loadSources('draft-with-headings'), { includeDrafts: false })
    expect(problems.map(formatProblem)).toEqual([])
  })

  it('an FAQ answer with a "## " section is told headings are not allowed, not blamed for a broken link', () => {
    const { problems } = validateContent(loadSources('faq-with-heading'), { includeDrafts: false })
    expect(problems.map(formatProblem)).toEqual([
      `${faq('how-do-i-prepare')}: headings are not allowed in an FAQ answer: keep the answer short, or move the detail into an article`,
    ])
  })

  it('a duplicate slug is reported once, without knock-on link problems in other files', () => {
    const { problems } = validateContent(loadSources('article-duplicate-slug'), { includeDrafts: false })
    expect(problems.map((p) => p.file)).toEqual(['content/articles/more/aftercare.md'])
  })

  it('an article named faq.md is reported once, without breaking every /faq# link', () => {
    const { problems } = validateContent(loadSources('article-reserved-slug-faq'), { includeDrafts: false })
    expect(problems.map((p) => p.file)).toEqual([article('faq')])
  })
})

describe('validateContent: the clinic settings file', () => {
  it('is required', () => {
    const { problems, content } = validateContent({ ...loadSources(), site: [] }, { includeDrafts: false })
    expectProblems(problems, [{ file: site, message: 'there must be exactly one clinic settings file (found 0)' }])
    expect(content).toBeUndefined()
  })
})

describe('validateContent: the aftercare schedule file', () => {
  it('is required', () => {
    const { problems, content } = validateContent({ ...loadSources(), aftercareSchedule: [] }, { includeDrafts: false })
    expectProblems(problems, [
      { file: schedule, message: 'there must be exactly one aftercare schedule file (found 0)' },
    ])
    expect(content).toBeUndefined()
  })

  it("is published with its items in the editor's order and sessions as text", () => {
    const { content } = validateContent(loadSources(), { includeDrafts: false })
    expect(content?.aftercareSchedule.items.map((item) => item.title)).toEqual([
      'Alcohol',
      'Your session',
      'Getting your scalp wet',
      'First gentle wash',
      'Your final look settles',
    ])
    expect(content?.aftercareSchedule.items.at(-1)?.sessions).toEqual(['3', 'touch-up'])
    expect(content?.aftercareSchedule.nextSession.afterWeeks).toBe(4)
  })

  it("reports every bad readMore, including the next session's", () => {
    const sources = loadSources()
    const [doc] = sources.aftercareSchedule as [SourceDocument]
    const data = structuredClone(doc.data) as { nextSession: { readMore: string } }
    data.nextSession.readMore = '/aftercare#gone'
    const { problems } = validateContent(
      { ...sources, aftercareSchedule: [{ ...doc, data }] },
      { includeDrafts: false },
    )
    expectProblems(problems, [
      {
        file: schedule,
        field: 'nextSession.readMore',
        message: '"/aftercare#gone" goes to a section "#gone" that /aftercare does not have',
      },
    ])
  })

  it('lets an article link to the planner', () => {
    const sources = loadSources()
    const link = compileTree('[Plan it](/aftercare/planner)\n').children
    const articles = sources.articles.map((doc) =>
      doc.file.endsWith('aftercare.md')
        ? { ...doc, tree: { ...doc.tree, children: [...doc.tree.children, ...link] } }
        : doc,
    )
    expect(validateContent({ ...sources, articles }, { includeDrafts: false }).problems).toEqual([])
  })
})

describe('formatProblem', () => {
  it('prints file, field and message on one line', () => {
    expect(formatProblem({ file: article('x'), field: 'lastReviewed', message: 'must be a real date' })).toBe(
      'content/articles/x.md: lastReviewed: must be a real date',
    )
    expect(formatProblem({ file: article('x'), message: 'link "/nope" goes to a page that does not exist' })).toBe(
      'content/articles/x.md: link "/nope" goes to a page that does not exist',
    )
  })
})

describe('articleFrontMatter: limits', () => {
  const valid = {
    title: 'A valid title',
    description: 'A description that is long enough.',
    order: 1,
    lastReviewed: '2026-11-20',
    nextReviewDue: '2027-11-20',
  }
  const issues = (data: Record<string, unknown>) => {
    const result = articleFrontMatter.safeParse(data)
    return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)
  }

  it('accepts a description of exactly the limit, and refuses one more', () => {
    expect(issues({ ...valid, description: 'x'.repeat(maxDescriptionLength) })).toEqual([])
    expect(issues({ ...valid, description: 'x'.repeat(maxDescriptionLength + 1) })).toEqual([
      expect.stringMatching(/^description: must be at most 160 characters/),
    ])
  })

  it('counts the description without surrounding spaces', () => {
    expect(issues({ ...valid, description: ` ${'x'.repeat(maxDescriptionLength)}  ` })).toEqual([])
  })

  it('refuses a next review on the same day as the last one', () => {
    expect(issues({ ...valid, nextReviewDue: valid.lastReviewed })).toEqual([
      'nextReviewDue: must be after lastReviewed',
    ])
  })

  it.each([
    ['a fraction', 1.5, 'must be a whole number'],
    ['zero', 0, 'must be 1 or more'],
    ['a negative number', -2, 'must be 1 or more'],
  ])('refuses %s as order', (_, order, message) => {
    expect(issues({ ...valid, order })).toEqual([`order: ${message}`])
  })

  it('reports only the bad date, not a review-order problem it cannot judge', () => {
    expect(issues({ ...valid, lastReviewed: '2025-13-01', nextReviewDue: '2025-12-01' })).toEqual([
      expect.stringMatching(/^lastReviewed: must be a real date/),
    ])
    expect(issues({ ...valid, lastReviewed: 'Jan 5 2025' })).toEqual([
      expect.stringMatching(/^lastReviewed: must be a real date/),
    ])
  })
})
