// The index as the search page uses it: built by the content step's code from the real content, and from small
// made-up documents where a rule needs a clean case.
import { describe, expect, it } from 'vitest'
import { getContent } from '@/lib/content'
import { localePath, type Locale } from '@/lib/i18n/locales'
import { articlePath, sectionHref } from '@/lib/routes'
import { searchDocuments } from '@/lib/search/documents'
import { buildSearchIndex, loadSearchIndex } from '@/lib/search/index-file'
import type { SearchDocument } from '@/lib/search/options'

const doc = (href: string, title: string, text: string): SearchDocument => ({
  href,
  kind: 'section',
  title,
  page: 'Page',
  text,
})
const ids = (locale: Locale, documents: SearchDocument[], query: string) =>
  buildSearchIndex(documents, locale)
    .search(query)
    .map((result) => result.id as string)

/** The section whose heading holds a word (read from the content, not copied from a result). */
function sectionWithHeading(locale: Locale, pattern: RegExp): string {
  for (const article of getContent(locale).articles) {
    const heading = article.headings.find((h) => pattern.test(h.text))
    if (heading) return sectionHref(localePath(locale, articlePath(article.slug)), heading.id)
  }
  throw new Error(`No heading matches ${pattern}`)
}

describe('the English index', () => {
  const documents = searchDocuments(getContent('en'))
  const index = buildSearchIndex(documents, 'en')
  const top = (query: string, n = 2) =>
    index
      .search(query)
      .slice(0, n)
      .map((result) => result.id as string)

  it('finds the section on swimming first for "swimming", "swim" and "can I go swimming"', () => {
    const swimming = sectionWithHeading('en', /swimming/i)
    for (const query of ['swimming', 'swim', 'can I go swimming']) expect(top(query, 1), query).toEqual([swimming])
  })

  it('forgives a typo: "tatoo" finds the section on how SMP differs from a tattoo', () => {
    expect(top('tatoo')).toContain(sectionWithHeading('en', /tattoo/i))
  })

  it('finds nothing for a word the site does not use', () => {
    expect(index.search('xylophone')).toEqual([])
  })

  it('reads back from its JSON with the same results', () => {
    const loaded = loadSearchIndex(JSON.stringify(index), 'en')
    expect(loaded.search('blood thinners').map((r) => r.id)).toEqual(index.search('blood thinners').map((r) => r.id))
  })
})

describe('ranking', () => {
  it('puts a heading that holds the word above body text that does', () => {
    const documents = [
      doc('/a#body', 'Before your session', 'Avoid swimming and saunas for a while after it.'),
      doc('/a#heading', 'Swimming and saunas', 'Wait until the scalp has healed.'),
    ]
    expect(ids('en', documents, 'swimming')[0]).toBe('/a#heading')
  })
})

describe('the Hindi index', () => {
  it('matches inflected forms: बाल finds बालों and बालों finds बाल', () => {
    const documents = [doc('/hi/a#plural', 'देखभाल', 'अपने बालों को धोएँ।'), doc('/hi/a#singular', 'रंग', 'हर बाल अलग है।')]
    expect(ids('hi', documents, 'बाल').sort()).toEqual(['/hi/a#plural', '/hi/a#singular'])
    expect(ids('hi', documents, 'बालों').sort()).toEqual(['/hi/a#plural', '/hi/a#singular'])
  })

  it('keeps vowel signs apart: बाल does not find बल', () => {
    expect(ids('hi', [doc('/hi/a#b', 'ताक़त', 'इसमें बल लगता है।')], 'बाल')).toEqual([])
  })

  it('finds a word typed without its nukta (बुखार for बुख़ार)', () => {
    expect(ids('hi', [doc('/hi/a#f', 'संक्रमण', 'तेज़ बुख़ार हो तो डॉक्टर से मिलें।')], 'बुखार')).toEqual(['/hi/a#f'])
  })

  it('finds the section on pain first for दर्द, from the real content', () => {
    const results = buildSearchIndex(searchDocuments(getContent('hi')), 'hi').search('दर्द')
    expect(results.length).toBeGreaterThan(0)
    expect(results[0]!.title).toMatch(/दर्द/)
    expect(results.every((result) => (result.id as string).startsWith('/hi/'))).toBe(true)
  })
})
