// A result as the search page shows it: the title and a short snippet around the first matched word, every matched
// word marked. Text from the index is escaped before it becomes HTML, so nothing in the content can become markup.
// Pure and client-safe: enhance/search/ renders with it, and the unit tests check it.
import { wordsOf } from './terms'

export type Segment = { text: string; marked: boolean }

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => escapes[char]!)

/** The text cut into plain and marked parts: a word is marked when its search term is one of the matched terms. */
export function markMatches(
  text: string,
  matched: ReadonlySet<string>,
  term: (word: string) => string | null,
): Segment[] {
  const segments: Segment[] = []
  let at = 0
  for (const { word, start, end } of wordsOf(text)) {
    const value = term(word)
    if (value === null || !matched.has(value)) continue
    if (start > at) segments.push({ text: text.slice(at, start), marked: false })
    segments.push({ text: word, marked: true })
    at = end
  }
  if (at < text.length) segments.push({ text: text.slice(at), marked: false })
  return segments
}

/**
 * About `length` characters of the text around its first marked word, cut at word boundaries, with "…" where the
 * text goes on. The start of the text when nothing in it matched (the match was in the title).
 */
export function snippet(
  text: string,
  matched: ReadonlySet<string>,
  term: (word: string) => string | null,
  length = 160,
): Segment[] {
  const words = wordsOf(text)
  const first = words.find(({ word }) => {
    const value = term(word)
    return value !== null && matched.has(value)
  })
  let start = first ? Math.max(0, first.start - Math.floor(length / 3)) : 0
  if (start > 0) start = words.find((word) => word.start >= start)?.start ?? start
  let end = Math.min(text.length, start + length)
  if (end < text.length) end = [...words].reverse().find((word) => word.end <= end && word.start > start)?.end ?? end
  const segments = markMatches(text.slice(start, end), matched, term)
  if (start > 0) segments.unshift({ text: '… ', marked: false })
  if (end < text.length) segments.push({ text: ' …', marked: false })
  return segments
}

/** Segments as HTML: escaped text, matches in <mark>. */
export const segmentsHtml = (segments: readonly Segment[]) =>
  segments.map(({ text, marked }) => (marked ? `<mark>${escapeHtml(text)}</mark>` : escapeHtml(text))).join('')

/** What one result needs: where it goes, its title, the page it is on (when another), its text, what matched. */
export type ResultView = { href: string; title: string; page?: string; text: string; terms: readonly string[] }

/** One result as a list item: a link to the place, the page it is on, and the snippet. */
export function resultHtml(result: ResultView, term: (word: string) => string | null): string {
  const matched = new Set(result.terms)
  const title = segmentsHtml(markMatches(result.title, matched, term))
  const page = result.page ? `<p class="search-result-page">${escapeHtml(result.page)}</p>` : ''
  const text = segmentsHtml(snippet(result.text, matched, term))
  return `<li class="search-result"><a href="${escapeHtml(result.href)}">${title}</a>${page}<p>${text}</p></li>`
}
