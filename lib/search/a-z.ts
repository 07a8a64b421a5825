// The search page's list of every page, section, answer and term of a language, A to Z (what a reader without
// JavaScript gets instead of results): the same places the index holds, sorted by the language's own order and
// grouped under their first letter.
import type { Locale } from '@/lib/i18n/locales'
import type { SearchDocument } from './options'

export type AToZEntry = {
  href: string
  title: string
  /** The page it is on, for a section, answer or term. */ page?: string
}
export type AToZGroup = { letter: string; entries: AToZEntry[] }

/** Letters are compared as readers see them: "ä" under A, and Devanagari in its own order (अ, आ, … क, ख, …). */
export function aToZ(documents: readonly SearchDocument[], locale: Locale): AToZGroup[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true })
  const entries = documents
    .map(({ href, title, page, kind }): AToZEntry => (kind === 'page' ? { href, title } : { href, title, page }))
    .sort((a, b) => collator.compare(a.title, b.title) || collator.compare(a.page ?? '', b.page ?? ''))
  const groups: AToZGroup[] = []
  for (const entry of entries) {
    const first = String.fromCodePoint(entry.title.codePointAt(0) ?? 32)
    const letter = /\p{L}/u.test(first) ? first.normalize('NFD')[0]!.toLocaleUpperCase(locale) : '#'
    const last = groups.at(-1)
    if (last && collator.compare(last.letter, letter) === 0) last.entries.push(entry)
    else groups.push({ letter, entries: [entry] })
  }
  return groups
}
