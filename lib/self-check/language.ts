// Everything the self-check says in one language, as one plain, serialisable value: the server page builds
// it (lib/i18n/words/self-check-language.ts) and passes it to the island as a prop, so the island's
// JavaScript carries no words of any language. Type-only imports: this module is safe for the browser.
import type { CandidacyTexts } from '@/lib/candidacy/texts'
import type { Digits } from '@/lib/i18n/digits'
import { fillWithDigits } from '@/lib/i18n/fill'
import type { Locale } from '@/lib/i18n/locales'
import type { SelfCheckWords } from '@/lib/i18n/words/self-check'

export type SelfCheckLanguage = {
  readonly locale: Locale
  /** How numbers are written; the words and texts below already have their digits in this style. */
  readonly digits: Digits
  /** The self-check's own words (lib/i18n/words/self-check.ts). */
  readonly words: SelfCheckWords
  /** The questions' and rules' words, keyed by id (lib/candidacy/texts.ts). */
  readonly texts: CandidacyTexts
}

/** A template filled in, numbers written in the language's digits: say(language, 'Question {number}', { number: 2 }). */
export const say = (
  language: Pick<SelfCheckLanguage, 'digits'>,
  template: string,
  values: Readonly<Record<string, string | number>> = {},
): string => fillWithDigits(template, values, language.digits)
