import { describe, expect, it } from 'vitest'
import { getContent } from '@/lib/content'
import { locales } from '@/lib/i18n/locales'
import { aToZ } from '@/lib/search/a-z'
import { searchDocuments } from '@/lib/search/documents'

describe.each(locales)('aToZ (%s)', (locale) => {
  const documents = searchDocuments(getContent(locale))
  const groups = aToZ(documents, locale)
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true })

  it('lists every place of the index once', () => {
    const hrefs = groups.flatMap((group) => group.entries.map((entry) => entry.href))
    expect(hrefs.sort()).toEqual(documents.map((document) => document.href).sort())
  })

  it('sorts by title in the language’s order, each under its first letter, letters once each', () => {
    const titles = groups.flatMap((group) => group.entries.map((entry) => entry.title))
    expect(titles).toEqual([...titles].sort(collator.compare))
    for (const group of groups)
      for (const entry of group.entries) {
        const first = entry.title[0]!
        // A title that starts with a number ("4 to 6 weeks") is under "#".
        if (/\p{L}/u.test(first)) expect(collator.compare(first, group.letter), entry.title).toBe(0)
        else expect(group.letter, entry.title).toBe('#')
      }
    expect(new Set(groups.map((group) => group.letter)).size).toBe(groups.length)
  })

  it('names the page a section is on, and not for a page', () => {
    const entries = groups.flatMap((group) => group.entries)
    for (const document of documents) {
      const entry = entries.find((e) => e.href === document.href)!
      expect(entry.page).toBe(document.kind === 'page' ? undefined : document.page)
    }
  })
})
