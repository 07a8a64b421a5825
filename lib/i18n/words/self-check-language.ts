// Builds the self-check's words in one language for a page to pass to the island (SelfCheckLanguage):
// server-only, as it holds every language's words. Digits are written the clinic's way here, once, so
// the island only converts the numbers it fills in (say() in lib/self-check/language.ts).
import { withDigits, type Digits } from '@/lib/i18n/digits'
import type { Locale } from '@/lib/i18n/locales'
import type { SelfCheckLanguage } from '@/lib/self-check/language'
import { questionTexts } from './self-check-questions'
import { ruleTexts } from './self-check-rules'
import { selfCheckWords } from './self-check'

/** Every string in a plain object or array, with its digits written in `digits`. */
function inDigits<T>(value: T, digits: Digits): T {
  if (digits === 'latin') return value
  if (typeof value === 'string') return withDigits(value, digits) as T
  if (Array.isArray(value)) return value.map((item: unknown) => inDigits(item, digits)) as T
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, inDigits(item, digits)])) as T
  }
  return value
}

export function selfCheckLanguage(locale: Locale, digits: Digits = 'latin'): SelfCheckLanguage {
  return {
    locale,
    digits,
    words: inDigits(selfCheckWords[locale], digits),
    texts: inDigits({ questions: questionTexts[locale], rules: ruleTexts[locale] }, digits),
  }
}
