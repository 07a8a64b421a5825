// The language the planner speaks: one language's words (the page passes them in, so the planner's
// JavaScript never holds another language's), and how dates and numbers are written in it.
import { withDigits, type Digits } from '@/lib/i18n/digits'
import { fill } from '@/lib/i18n/fill'
import type { Locale } from '@/lib/i18n/locales'
import type { PlannerWords } from '@/lib/i18n/words/planner'
import type { DateStyle } from '@/lib/dates'

export type PlannerLanguage = { words: PlannerWords; locale: Locale; digits: Digits }

/**
 * A template filled in, its numbers in the language's digits: the template's own ("Day 0") and the
 * numbers filled in. Text filled in is left as it is, so addresses and phone numbers keep theirs.
 */
export function say(
  language: Pick<PlannerLanguage, 'digits'>,
  template: string,
  values: Readonly<Record<string, string | number>> = {},
): string {
  const written = Object.fromEntries(
    Object.entries(values).map(([name, value]) => [
      name,
      typeof value === 'number' ? withDigits(String(value), language.digits) : value,
    ]),
  )
  return fill(withDigits(template, language.digits), written)
}

export const dateStyle = (language: Pick<PlannerLanguage, 'locale' | 'digits'>): DateStyle => ({
  locale: language.locale,
  digits: language.digits,
})

/** "The day before" → "the day before", for the end of a range (scripts without capitals are unchanged). */
export const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1)
