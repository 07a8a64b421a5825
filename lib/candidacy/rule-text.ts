// A finding's words for code outside the site (another app, a script): findings are language-neutral, and
// this looks up a rule's title and explanation in one language. Server-only, like the words it reads.
import { ruleTexts } from '@/lib/i18n/words/self-check-rules'
import type { Locale } from '@/lib/i18n/locales'
import type { RuleId } from './rules'
import type { RuleText } from './texts'

export function ruleText(ruleId: RuleId, locale: Locale): RuleText {
  const { title, explanation } = ruleTexts[locale][ruleId]
  return { title, explanation }
}
