// The Hindi edition's content step: content/hi/ checked against the English (tests/fixtures/translations/:
// `valid/` is the Hindi of the English baseline, each other folder one mistake laid over both, its expected problems
// in its expected.yaml: tests/unit/content/fixture-cases.test.ts).
import { describe, expect, it } from 'vitest'
import { checkContent } from '@/lib/content/check'
import { formatProblem } from '@/lib/content/model'
import { rawFileProblems, schemaFor } from '@/lib/content/raw'
import { translatedArticleFrontMatter } from '@/lib/content/schema'
import { validateContent, type ContentSources } from '@/lib/content/validate'
import { loadSources, loadTranslationSources } from '@/tests/support/content'

const hiArticle = (name: string) => `content/hi/articles/${name}.md`

describe('translations: the valid Hindi baseline', () => {
  const { problems, warnings, content } = validateContent(loadTranslationSources(), { includeDrafts: false })
  const hi = content!.translations.hi

  it('has no problems and no warnings, sentence length included', () => {
    expect(problems.map(formatProblem)).toEqual([])
    expect(warnings).toEqual([])
    const checked = checkContent(loadTranslationSources(), { includeDrafts: false })
    expect(checked.problems.map(formatProblem)).toEqual([])
  })

  it('lists every English page in the English order, translated or with the English text', () => {
    expect(hi.articles.map((a) => [a.slug, a.translation?.kind, a.file])).toEqual([
      ['what-is-smp', 'missing', 'content/articles/what-is-smp.md'],
      ['aftercare', 'translated', hiArticle('aftercare')],
      ['procedure', 'translated', hiArticle('procedure')],
      ['glossary', 'translated', hiArticle('glossary')],
      ['if-something-goes-wrong', 'translated', hiArticle('if-something-goes-wrong')],
      ['hair-loss-causes', 'translated', hiArticle('hair-loss-causes')],
    ])
    expect(hi.faqs.map((f) => [f.id, f.translation?.kind])).toEqual([
      ['does-it-hurt', 'missing'],
      ['how-long-does-it-last', 'translated'],
    ])
  })

  it('records how each was made and who checked it, and invents no reviewer', () => {
    const byslug = (slug: string) => hi.articles.find((a) => a.slug === slug)!
    expect(byslug('aftercare').translation).toEqual({
      kind: 'translated',
      method: 'machine',
      madeFrom: '2026-11-20',
      englishIsNewer: false,
    })
    expect(byslug('if-something-goes-wrong').translation).toEqual({
      kind: 'translated',
      method: 'professional',
      madeFrom: '2026-11-20',
      reviewedBy: { name: 'Dr Asha Example', role: 'Dermatologist who reads Hindi' },
      englishIsNewer: false,
    })
  })

  it('takes the words from the Hindi and everything else from the English page', () => {
    const aftercare = hi.articles.find((a) => a.slug === 'aftercare')!
    const english = content!.articles.find((a) => a.slug === 'aftercare')!
    expect(aftercare.title).toBe('SMP से पहले और बाद में स्कैल्प की देखभाल')
    expect(aftercare.headings.map((h) => h.id)).toEqual(english.headings.map((h) => h.id))
    expect(aftercare.headings[0]!.text).toBe('सेशन से पहले')
    expect([aftercare.order, aftercare.lastReviewed, aftercare.nextReviewDue]).toEqual([
      english.order,
      english.lastReviewed,
      english.nextReviewDue,
    ])
    expect(hi.faqs[1]!.question).toBe('SMP कितने समय तक चलता है?')
    expect(hi.faqs[1]!.related).toEqual(['what-is-smp', 'aftercare'])
  })

  it('rewrites every link to a page of the site to its Hindi address, after checking it against the English', () => {
    const html = hi.articles.find((a) => a.slug === 'aftercare')!.html
    expect(html).toContain('href="/hi/self-check"')
    expect(html).toContain('href="/hi"')
    expect(html).toContain('href="/hi/what-is-smp/"')
    expect(html).toContain('href="#washing"')
    expect(html).toContain('href="mailto:hello@example.com"')
    expect(html).toContain('href="tel:+442079460000"')
    expect(html).toContain('href="https://www.nhs.uk/"')
    expect(html).not.toMatch(/href="\/(?!hi)/)
    expect(hi.faqs[1]!.html).toContain('href="/hi/aftercare#after-your-session"')
  })

  it('fills in the Hindi region wording, numbers the citations and labels them in Hindi', () => {
    const help = hi.articles.find((a) => a.slug === 'if-something-goes-wrong')!.html
    expect(help).toContain('999 पर कॉल करें')
    expect(help).toContain('अपने जीपी (GP) से संपर्क करें')
    const causes = hi.articles.find((a) => a.slug === 'hair-loss-causes')!
    expect(causes.citations).toEqual([{ id: 'nhs-hair-loss', uses: 1 }])
    expect(causes.html).toContain('aria-label="स्रोत 1"')
    expect(causes.html).toContain('सेक्शन “चेतावनी के संकेत, जिनमें डॉक्टर को दिखाएं” का लिंक')
    expect(causes.html).not.toContain('Link to the section')
  })

  it('links the first use of a Hindi glossary term to the Hindi glossary', () => {
    const html = hi.articles.find((a) => a.slug === 'aftercare')!.html
    expect(html).toContain('<a href="/hi/glossary#scalp-micropigmentation" class="glossary-link">SMP</a>')
    expect(hi.articles.find((a) => a.slug === 'glossary')!.html).not.toContain('glossary-link')
  })

  it('shows an untranslated page in English, its links also going to Hindi pages', () => {
    const fallback = hi.articles.find((a) => a.slug === 'what-is-smp')!
    expect(fallback.title).toBe('What is scalp micropigmentation?')
    expect(fallback.html).toContain('href="/hi/procedure#on-the-day"')
    expect(fallback.html).toContain('href="/hi/faq#does-it-hurt"')
    expect(fallback.html).toContain('href="/hi/glossary#pigment"')
    expect(fallback.html).toContain('aria-label="Source 1"')
    const answer = hi.faqs.find((f) => f.id === 'does-it-hurt')!
    expect(answer.html).toContain('href="/hi/procedure#on-the-day"')
    expect(answer.text).toContain('Most people feel only mild discomfort.')
  })

  it('merges the Hindi wording of the region, schedule, glossary and opening hours over the English', () => {
    expect(hi.region).toMatchObject({
      countryName: 'यूके',
      emergencyNumber: '999',
      locale: 'en-GB',
      urgentAdvice: { name: 'NHS 111', number: '111' },
    })
    expect(hi.aftercareSchedule.items.map((i) => [i.kind, i.firstDay, i.lastDay])).toEqual(
      content!.aftercareSchedule.items.map((i) => [i.kind, i.firstDay, i.lastDay]),
    )
    expect(hi.aftercareSchedule.items[2]!.allowedAgain).toBe('धीरे से धोना')
    expect(hi.glossary.terms.map((t) => t.id)).toEqual(content!.glossary.terms.map((t) => t.id))
    expect(hi.site?.locations.map((place) => place.openingHours)).toEqual([['सोमवार से शुक्रवार: सुबह 9 बजे से शाम 6 बजे तक']])
    expect(hi.site?.locations[0]!.address).toEqual(content!.site.locations[0]!.address)
    expect(hi.digits).toBe('latin')
  })

  it('writes the Hindi words with Devanagari digits when the clinic chooses them, never the numbers to dial', () => {
    const sources = loadTranslationSources()
    const site = sources.translations!.hi!.site[0]!
    const devanagari: ContentSources = {
      ...sources,
      translations: {
        hi: { ...sources.translations!.hi!, site: [{ ...site, data: { ...site.data, digits: 'devanagari' } }] },
      },
    }
    const hindi = validateContent(devanagari, { includeDrafts: false }).content!.translations.hi
    const help = hindi.articles.find((a) => a.slug === 'if-something-goes-wrong')!
    expect(hindi.digits).toBe('devanagari')
    expect(help.html).toContain('९९९ पर कॉल करें')
    expect(hindi.region.emergencyNumber).toBe('999')
    expect(hindi.site?.locations[0]!.openingHours).toEqual(['सोमवार से शुक्रवार: सुबह ९ बजे से शाम ६ बजे तक'])
    expect(hindi.site?.locations[0]!.phone).toBe(content!.site.locations[0]!.phone)
    expect(hindi.aftercareSchedule.items[2]!.firstDay).toBe(0)
    expect(hindi.articles.find((a) => a.slug === 'what-is-smp')!.html).toContain('call 999')
  })

  it('shows every page in English with a notice when there is no content/hi/ at all', () => {
    const hindi = validateContent(loadSources(), { includeDrafts: false }).content!.translations.hi
    expect(hindi.articles.every((a) => a.translation?.kind === 'missing')).toBe(true)
    expect(hindi.faqs.every((f) => f.translation?.kind === 'missing')).toBe(true)
    expect(hindi.site).toBeUndefined()
  })
})

describe('translations: the warning for a translation made from an older English page', () => {
  it('warns (naming file and field) without failing, and marks the page', () => {
    const result = checkContent(loadTranslationSources('older-than-english'), { includeDrafts: false })
    expect(result.problems).toEqual([])
    expect(result.warnings).toEqual([
      {
        file: hiArticle('procedure'),
        field: 'translationOf',
        message: expect.stringContaining(
          'the English page (content/articles/procedure.md) was reviewed on 2026-11-20, after the version this translation was made from (2026-10-01)',
        ),
      },
    ])
    const procedure = result.content!.translations.hi.articles.find((a) => a.slug === 'procedure')!
    expect(procedure.translation).toMatchObject({ kind: 'translated', madeFrom: '2026-10-01', englishIsNewer: true })
  })
})

describe('translations: where a mistake is', () => {
  // Each case's problems are in its folder's expected.yaml (tests/unit/content/fixture-cases.test.ts).
  it('gives the long sentence its line in the file', () => {
    const { problems } = checkContent(loadTranslationSources('long-sentence'), { includeDrafts: false })
    expect(problems.find((p) => p.message.startsWith('a sentence'))?.line).toBe(6)
  })
})

describe("translations: the editor's first look (before Contentlayer)", () => {
  it('checks hi/ files with the translated schemas', () => {
    expect(schemaFor('hi/articles/aftercare.md')).toBe(translatedArticleFrontMatter)
    expect(schemaFor('articles/aftercare.md')).not.toBe(translatedArticleFrontMatter)
  })

  it('names the field a misspelt one was meant to be', () => {
    const text = '---\ntitle: देखभाल\ndescription: x\ntranslationof: 2026-11-20\ntranslation: machine\n---\nपाठ।\n'
    expect(rawFileProblems('content/hi/articles/aftercare.md', 'hi/articles/aftercare.md', text)).toEqual([
      {
        file: 'content/hi/articles/aftercare.md',
        line: 4,
        message: 'unknown field(s) "translationof": check the spelling: did you mean "translationOf"?',
      },
    ])
    const faq = '---\nquestion: क्या?\ntranslationOf: 2026-11-20\ntranslation: machine\ntranslatonReviewedBy: x\n---\n'
    expect(rawFileProblems('content/hi/faq/x.md', 'hi/faq/x.md', faq)[0]?.message).toContain(
      'did you mean "translationReviewedBy"?',
    )
  })
})
