// The language the planner speaks: one language's words (the page passes them in, so the planner's
// JavaScript never holds another language's), and how dates and numbers are written in it.
import type { Digits } from '@/lib/i18n/digits'
import { fillWithDigits } from '@/lib/i18n/fill'
import type { Locale } from '@/lib/i18n/locales'
import type { PlannerWords } from '@/lib/i18n/words/planner'
import type { DateStyle } from '@/lib/dates'

export type PlannerLanguage = { words: PlannerWords; locale: Locale; digits: Digits }

/**
 * A template filled in, its numbers in the language's digits: the template's own ("Day 0") and the
 * numbers filled in. Text filled in is left as it is, so addresses and phone numbers keep theirs.
 */
export const say = (
  language: Pick<PlannerLanguage, 'digits'>,
  template: string,
  values: Readonly<Record<string, string | number>> = {},
): string => fillWithDigits(template, values, language.digits)

export const dateStyle = (language: Pick<PlannerLanguage, 'locale' | 'digits'>): DateStyle => ({
  locale: language.locale,
  digits: language.digits,
})

/** "The day before" → "the day before", for the end of a range (scripts without capitals are unchanged). */
export const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1)
