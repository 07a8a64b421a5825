import { readdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { formatProblem, type ContentProblem, type SourceDocument } from '@/lib/content/model'
import { articleFrontMatter, maxDescriptionLength } from '@/lib/content/schema'
import { validateContent, type ContentSources } from '@/lib/content/validate'
import { compileTree, fixturesRoot, loadSources, matchesProblem, type ExpectedProblem } from '@/tests/support/content'

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
    expect(content?.site.address.postalCode).toBe('EC1A 1AA')
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

type Case = {
  name: string
  includeDrafts?: boolean
  expected: ExpectedProblem[]
}

// Each case is tests/fixtures/content/<name>/ laid over the valid baseline. Some fixtures are used
// by the "problems stay with their file" tests further down instead.
const knownBugCases = new Set(['draft-with-headings', 'faq-with-heading'])
const cases: Case[] = [
  // Articles: front matter
  {
    name: 'article-missing-title',
    expected: [{ file: article('no-title'), field: 'title', message: 'expected string, received undefined' }],
  },
  {
    name: 'article-misspelled-field',
    expected: [
      { file: article('misspelled'), message: 'unknown field(s) "titel": check the spelling' },
      { file: article('misspelled'), field: 'title', message: 'expected string' },
    ],
  },
  // A page that would be empty (lib/content/empty.ts)
  {
    name: 'article-empty-body',
    expected: [{ file: article('empty'), message: 'has no text after its front matter' }],
  },
  {
    name: 'article-placeholder-body',
    expected: [{ file: article('placeholder'), message: 'has only a placeholder ("TODO")' }],
  },
  {
    name: 'article-lorem-ipsum',
    expected: [{ file: article('lorem'), message: 'has only a placeholder ("Lorem ipsum dolor sit amet")' }],
  },
  { name: 'faq-empty-answer', expected: [{ file: faq('no-answer'), message: 'has no text after its front matter' }] },
  {
    name: 'faq-placeholder-answer',
    expected: [{ file: faq('tbc-answer'), message: 'has only a placeholder ("TBC")' }],
  },
  // A misspelt nested field names the right one (zod's path; Contentlayer's is in content-report.test.ts)
  {
    name: 'site-misspelt-nested-field',
    expected: [
      {
        file: site,
        field: 'address',
        message: 'unknown field(s) "postcode": check the spelling: did you mean "postalCode"?',
      },
      { file: site, field: 'address.postalCode', message: '' },
    ],
  },
  {
    name: 'article-unknown-field',
    expected: [{ file: article('unknown-field'), message: 'unknown field(s) "author"' }],
  },
  {
    name: 'article-wrong-type-order',
    expected: [{ file: article('wrong-order'), field: 'order', message: 'must be a whole number' }],
  },
  {
    name: 'article-wrong-type-draft',
    expected: [{ file: article('wrong-draft'), field: 'draft', message: 'must be true or false' }],
  },
  {
    name: 'article-wrong-type-reviewer',
    expected: [{ file: article('wrong-reviewer'), field: 'reviewedBy', message: 'expected object' }],
  },
  {
    name: 'article-number-date',
    expected: [{ file: article('number-date'), field: 'lastReviewed', message: 'must be a date written YYYY-MM-DD' }],
  },
  {
    name: 'article-impossible-date',
    expected: [
      {
        file: article('impossible-date'),
        field: 'lastReviewed',
        message: 'must be a real date written YYYY-MM-DD, e.g. 2026-11-20 (got "2025-02-30")',
      },
    ],
  },
  {
    name: 'article-date-in-words',
    expected: [{ file: article('date-in-words'), field: 'lastReviewed', message: '(got "Jan 5 2025")' }],
  },
  {
    name: 'article-heading-clash',
    expected: [
      {
        file: article('heading-clash'),
        message: 'the heading "References" would share its link #references with a section the page adds',
      },
    ],
  },
  {
    name: 'article-review-order',
    expected: [{ file: article('review-order'), field: 'nextReviewDue', message: 'must be after lastReviewed' }],
  },
  {
    name: 'article-description-too-long',
    expected: [
      {
        file: article('long-description'),
        field: 'description',
        message: `must be at most ${maxDescriptionLength} characters: search results and link previews cut it off (it has 161)`,
      },
    ],
  },
  // Articles: file names and addresses
  {
    name: 'article-duplicate-slug',
    expected: [
      {
        file: 'content/articles/more/aftercare.md',
        message: 'the address /aftercare is also used by content/articles/aftercare.md',
      },
    ],
  },
  {
    name: 'article-reserved-slug-faq',
    expected: [{ file: article('faq'), message: 'would take the address /faq, which the site already uses' }],
  },
  {
    name: 'article-reserved-slug-self-check',
    expected: [{ file: article('self-check'), message: 'would take the address /self-check' }],
  },
  {
    name: 'article-bad-file-name',
    expected: [
      {
        file: article('Aftercare_Tips'),
        message: 'the file name "Aftercare_Tips" must be lower-case words joined by hyphens',
      },
    ],
  },
  {
    name: 'article-duplicate-title',
    expected: [
      {
        file: article('scalp-care'),
        message: 'the title "caring for your scalp before and after smp" is also used by content/articles/aftercare.md',
      },
    ],
  },
  // Links
  {
    name: 'article-broken-links',
    expected: [
      { file: article('broken-links'), message: 'link "/no-such-page" goes to a page that does not exist' },
      {
        file: article('broken-links'),
        message: 'link "/aftercare#no-such-section" goes to a section "#no-such-section" that /aftercare does not have',
      },
      {
        file: article('broken-links'),
        message: 'link "#no-such-heading" goes to a section "#no-such-heading" that /broken-links does not have',
      },
      { file: article('broken-links'), message: 'link "aftercare" must start with "/"' },
    ],
  },
  {
    name: 'faq-broken-link',
    expected: [
      {
        file: faq('can-i-swim'),
        message:
          'link "/faq#when-can-i-go-to-the-gym" goes to a section "#when-can-i-go-to-the-gym" that /faq does not have',
      },
    ],
  },
  // Drafts
  {
    name: 'link-to-draft',
    includeDrafts: false,
    expected: [{ file: article('links-to-draft'), message: 'link "/coming-soon/" goes to a page that does not exist' }],
  },
  { name: 'link-to-draft', includeDrafts: true, expected: [] },
  {
    name: 'invalid-draft',
    includeDrafts: false,
    expected: [{ file: article('unfinished'), field: 'lastReviewed', message: '(got "2025-02-30")' }],
  },
  // FAQ answers
  {
    name: 'faq-unknown-related',
    expected: [
      {
        file: faq('is-it-safe'),
        field: 'related',
        message:
          '"no-such-article" is not a published article (articles: aftercare, glossary, hair-loss-causes, if-something-goes-wrong, procedure, what-is-smp)',
      },
    ],
  },
  {
    name: 'faq-duplicate-question',
    expected: [
      {
        file: faq('is-it-painful'),
        message: 'the question "does smp hurt?" is also used by content/faq/does-it-hurt.md',
      },
    ],
  },
  {
    name: 'faq-missing-field',
    expected: [{ file: faq('how-many-sessions'), field: 'related', message: 'must be a list of article slugs' }],
  },
  {
    name: 'faq-bad-category',
    expected: [
      {
        file: faq('what-does-it-cost'),
        field: 'category',
        message: 'must be one of: about-smp, procedure, results, suitability-and-safety, aftercare',
      },
    ],
  },
  {
    name: 'faq-not-a-question',
    expected: [{ file: faq('washing'), field: 'question', message: 'must be a question ending with "?"' }],
  },
  // Clinic settings
  { name: 'site-bad-url', expected: [{ file: site, field: 'url', message: 'must be a full https:// address' }] },
  { name: 'site-url-trailing-slash', expected: [{ file: site, field: 'url', message: 'must not end with "/"' }] },
  { name: 'site-bad-email', expected: [{ file: site, field: 'email', message: 'must be an email address' }] },
  { name: 'site-bad-phone', expected: [{ file: site, field: 'phone', message: 'must be a phone number' }] },
  {
    name: 'site-bad-whatsapp',
    expected: [{ file: site, field: 'whatsapp', message: 'full international number with no spaces' }],
  },
  { name: 'site-missing-field', expected: [{ file: site, field: 'email', message: 'must be an email address' }] },
  {
    name: 'site-missing-nested-field',
    expected: [{ file: site, field: 'address.postalCode', message: 'expected string' }],
  },
  { name: 'site-unknown-field', expected: [{ file: site, message: 'unknown field(s) "facebook"' }] },
  {
    name: 'site-no-opening-hours',
    expected: [{ file: site, field: 'openingHours', message: 'needs at least one line' }],
  },
  // Images: a file in public/, with alt text, on a line of its own with a caption (lib/content/images.ts)
  { name: 'image-figure', expected: [] },
  {
    name: 'image-missing-file',
    expected: [
      {
        file: article('missing-image'),
        message:
          'image "/diagrams/no-such-diagram.svg" does not exist: there is no file public/diagrams/no-such-diagram.svg',
      },
    ],
  },
  {
    name: 'image-no-alt',
    expected: [{ file: faq('what-does-it-look-like'), message: 'image "/diagrams/smp-looks.svg" has no alt text' }],
  },
  {
    name: 'image-external',
    expected: [
      {
        file: article('external-image'),
        message: 'image "https://images.example/scalp.png" comes from another website',
      },
    ],
  },
  {
    name: 'image-no-caption',
    expected: [{ file: article('no-caption'), message: 'image "/diagrams/skin-layers.svg" has no caption' }],
  },
  {
    name: 'image-inline',
    expected: [
      { file: article('inline-image'), message: 'image "/diagrams/skin-layers.svg" must be a paragraph of its own' },
    ],
  },
  {
    name: 'image-unsafe-address',
    expected: [
      { file: article('unsafe-image'), message: 'the image "A scalp" has an address that is not allowed' },
      {
        file: article('unsafe-image'),
        message: 'image "diagrams/skin-layers.svg" must have an address that starts with "/"',
      },
    ],
  },
  // Aftercare schedule: list positions count from 0, and the item's title says which one it is
  {
    name: 'schedule-last-day-before-first-day',
    expected: [
      {
        file: schedule,
        field: 'items[3].lastDay',
        message: 'must be the same as firstDay or later (the item “First gentle wash”)',
      },
    ],
  },
  {
    name: 'schedule-missing-section',
    expected: [
      {
        file: schedule,
        field: 'items[2].readMore',
        message:
          '"/aftercare#no-such-section" goes to a section "#no-such-section" that /aftercare does not have (the item “Getting your scalp wet”)',
      },
    ],
  },
  {
    name: 'schedule-missing-page',
    expected: [
      {
        file: schedule,
        field: 'items[1].readMore',
        message: '"/no-such-page#on-the-day" goes to a page that does not exist',
      },
    ],
  },
  {
    name: 'schedule-not-a-section',
    expected: [
      {
        file: schedule,
        field: 'items[1].readMore',
        message: 'must be a section of an article, written like /aftercare#washing-your-scalp',
      },
    ],
  },
  {
    name: 'schedule-bad-kind',
    expected: [{ file: schedule, field: 'items[3].kind', message: 'must be one of: do, avoid, milestone' }],
  },
  {
    name: 'schedule-unknown-item-field',
    expected: [
      {
        file: schedule,
        field: 'items[0]',
        message: 'unknown field(s) "colour": check the spelling (the item “Alcohol”)',
      },
    ],
  },
  { name: 'schedule-unknown-top-level-field', expected: [{ file: schedule, message: 'unknown field(s) "reminders"' }] },
  {
    name: 'schedule-day-in-words',
    expected: [{ file: schedule, field: 'items[0].firstDay', message: 'must be a whole number of days' }],
  },
  {
    name: 'schedule-fraction-day',
    expected: [{ file: schedule, field: 'items[2].lastDay', message: 'must be a whole number of days' }],
  },
  {
    name: 'schedule-allowed-again-on-do',
    expected: [
      { file: schedule, field: 'items[3].allowedAgain', message: 'only an "avoid" item can say what is allowed again' },
    ],
  },
  {
    name: 'schedule-duplicate-title',
    expected: [
      { file: schedule, field: 'items[3].title', message: '"Getting your scalp wet" is also used by items[2]' },
    ],
  },
  {
    name: 'schedule-bad-session',
    expected: [{ file: schedule, field: 'items[4].sessions[1]', message: 'must be 1, 2, 3 or touch-up' }],
  },
  {
    name: 'schedule-missing-explanation',
    expected: [{ file: schedule, field: 'items[3].explanation', message: 'is missing' }],
  },
  {
    name: 'schedule-next-session-weeks',
    expected: [{ file: schedule, field: 'nextSession.afterWeeks', message: 'must be 1 or more' }],
  },
  { name: 'schedule-no-items', expected: [{ file: schedule, field: 'items', message: 'needs at least one item' }] },
  {
    name: 'schedule-day-count',
    expected: [
      {
        file: schedule,
        field: 'items[2]',
        message: 'gives 6 day(s), which /aftercare#washing does not give (the item “Getting your scalp wet”)',
      },
    ],
  },
  // The day-count check's twin: care its article says lasts cannot end on the day it starts (the ongoing item
  // before it, linked to a section that says "in the weeks after", passes)
  {
    name: 'schedule-lasting-one-day',
    expected: [
      {
        file: schedule,
        field: 'items[6].lastDay',
        message:
          'ends on the day it starts, but /aftercare#itching says it lasts (“While your scalp heals”) (the item “Scratching and picking”): write lastDay: ongoing',
      },
    ],
  },
  // The clinic's country, citations, placeholders and the pages every page links to
  {
    name: 'site-unknown-country',
    expected: [
      { file: site, field: 'countryCode', message: '"FR" has no entry in content/regions.yaml (it has GB, IN)' },
    ],
  },
  {
    name: 'article-unknown-citation',
    expected: [
      {
        file: article('what-is-smp'),
        message: 'the citation [@nobody-2020] names no source in content/references.yaml',
      },
    ],
  },
  {
    name: 'article-sources-none-with-citations',
    expected: [{ file: article('what-is-smp'), field: 'sources', message: 'is "none", but the page cites sources' }],
  },
  {
    name: 'faq-citation',
    expected: [{ file: faq('does-it-hurt'), message: 'citations such as [@garg-2005] are for articles' }],
  },
  {
    name: 'article-unknown-placeholder',
    expected: [{ file: article('what-is-smp'), message: 'unknown placeholder {{ambulanceNumber}}' }],
  },
  {
    name: 'required-section-missing',
    expected: [
      {
        file: article('if-something-goes-wrong'),
        message:
          'goes to a section "#signs-of-infection" that /if-something-goes-wrong does not have: every page links there (signsOfInfection)',
      },
    ],
  },
  {
    name: 'glossary-no-page',
    expected: [
      {
        file: 'content/glossary.yaml',
        message: 'exactly one article must show the glossary with "extras: [glossary]" (found 0)',
      },
    ],
  },
  // Addresses that keep working (lib/content/published-links.ts): each case lists published addresses.
  { name: 'links-explicit-id-reworded', expected: [] },
  { name: 'links-alias', expected: [] },
  { name: 'links-renamed-with-redirect', expected: [] },
  {
    name: 'links-removed-section',
    expected: [
      {
        file: article('aftercare'),
        message:
          'the published address /aftercare#the-first-week no longer leads anywhere (it is listed in content/published-links.txt, so people may have it): bring the section back, or redirect it',
      },
    ],
  },
  {
    name: 'links-renamed-without-redirect',
    expected: [
      {
        file: article('looking-after-your-scalp'),
        message:
          'the published address /looking-after-your-scalp no longer leads anywhere (it is listed in content/published-links.txt, so people may have it): bring the page back, or redirect it: add "redirectFrom: [looking-after-your-scalp]"',
      },
      {
        file: article('looking-after-your-scalp'),
        message: 'the published address /looking-after-your-scalp#washing no longer leads anywhere',
      },
    ],
  },
  {
    name: 'redirect-clash',
    expected: [
      {
        file: article('aftercare'),
        field: 'redirectFrom',
        message: '"procedure" is the address of a current page (content/articles/procedure.md)',
      },
      { file: article('aftercare'), field: 'redirectFrom', message: '"faq" is an address the site itself uses' },
      { file: article('aftercare'), field: 'redirectFrom', message: '"Bad_Name" must be an old page address' },
      {
        file: article('procedure'),
        field: 'redirectFrom',
        message: '"old-care" already redirects to another page (content/articles/aftercare.md)',
      },
    ],
  },
  {
    name: 'heading-alias-clash',
    expected: [{ file: article('aftercare'), message: 'the link #before-your-session is used twice on the page' }],
  },
]

describe('validateContent: each bad case names the file and the field', () => {
  it.each(cases.map((c) => ({ includeDrafts: false, ...c })))(
    '$name (includeDrafts: $includeDrafts)',
    ({ name, includeDrafts, expected }) => {
      const result = validateContent(loadSources(name), { includeDrafts })
      expectProblems(result.problems, expected)
      if (expected.length > 0) expect(result.content).toBeUndefined()
      else expect(result.content).toBeDefined()
    },
  )

  it('covers every fixture case folder', () => {
    const folders = readdirSync(fixturesRoot, { withFileTypes: true })
      .filter(
        (entry) =>
          entry.isDirectory() &&
          entry.name !== 'valid' &&
          !entry.name.startsWith('md-') &&
          !knownBugCases.has(entry.name),
      )
      .map((entry) => entry.name)
    expect(new Set(cases.map((c) => c.name))).toEqual(new Set(folders))
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
