import { matchCountMessage } from '@/lib/faq/filter'

/** "3 results" in the page's words and digits (the page's data attributes carry both). */
export function countMessage(count: number, words: { none: string; one: string; many: string; digits?: string }) {
  const message = matchCountMessage(count, words)
  return words.digits ? message.replace(/[0-9]/g, (digit) => words.digits![Number(digit)]!) : message
}
