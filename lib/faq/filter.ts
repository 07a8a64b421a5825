// The FAQ filter's matching rules: pure, shared by the page (to build the index) and the
// browser island (to match as someone types).
import type { Faq } from '@/lib/content/model'
import type { FaqCategory } from '@/lib/content/schema'
import { fill } from '@/lib/i18n/fill'

/** What the filter island needs about one answer, and nothing more. */
export type FaqSearchItem = { id: string; category: FaqCategory; text: string }

/**
 * Lower-case, without accents (NFD, then the Latin combining accents removed), punctuation turned into spaces
 * and whitespace collapsed: "Café’s" and "cafes" compare alike. Hindi's vowel signs are letters' parts, not
 * accents, and stay (बाल is not बल); only the nukta goes, so बुखार finds बुख़ार.
 */
export function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f\u093c]+/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ')
    .trim()
}

/** The words of a query, normalised; an empty list means "no filter". */
export const queryTerms = (query: string): string[] => normalise(query).split(' ').filter(Boolean)

/** The searchable text of an answer: its question and the answer as plain text. */
export function toSearchItem(faq: Pick<Faq, 'id' | 'category' | 'question' | 'text'>): FaqSearchItem {
  return { id: faq.id, category: faq.category, text: `${faq.question} ${faq.text}` }
}

/** True when every word of the query appears in the text (in any order, as whole words or parts). */
export function matchesQuery(item: { text: string }, query: string): boolean {
  const terms = queryTerms(query)
  if (terms.length === 0) return true
  const text = normalise(item.text)
  return terms.every((term) => text.includes(term))
}

/** The items that match, in their original order; all of them for an empty query. */
export function filterFaqs<T extends { text: string }>(items: readonly T[], query: string): T[] {
  if (queryTerms(query).length === 0) return [...items]
  return items.filter((item) => matchesQuery(item, query))
}

/** The three ways a count is said (lib/i18n/words/faq.ts `matches`): {count} stands for the number. */
export type MatchCountWords = { none: string; one: string; many: string }

/** "1 question matches", "5 questions match", "No questions match" (in the words' language). */
export function matchCountMessage(count: number, words: MatchCountWords): string {
  if (count === 0) return words.none
  return count === 1 ? words.one : fill(words.many, { count })
}
