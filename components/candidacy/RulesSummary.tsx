import { rules } from '@/lib/candidacy'
import type { Digits } from '@/lib/i18n/digits'
import { localePath, type Locale } from '@/lib/i18n/locales'
import { selfCheckLanguage } from '@/lib/i18n/words/self-check-language'
import { sectionIds, staticRoutes } from '@/lib/routes'
import { adviceOrder, ruleAdvice } from '@/lib/self-check/outcome-text'
import { linkClass } from '@/components/ui/classes'
import { TextLink } from '@/components/ui/TextLink'

// Grouped by what each rule asks the patient to do, so a group's heading fits every rule in it.
const groups = adviceOrder
  .map((advice) => ({ advice, rules: rules.filter((rule) => ruleAdvice[rule.id] === advice) }))
  .filter((group) => group.rules.length > 0)

type Props = {
  /** The page's language (English when not given, as on the pages made before the Hindi edition). */
  locale: Locale
  digits?: Digits
}

/**
 * The self-check's rules, rendered from lib/candidacy itself in the page's language, so this page and the
 * self-check can never say two different things. Its links go to the pages in the same language.
 */
export function RulesSummary({ locale, digits = 'latin' }: Props) {
  const { words, texts } = selfCheckLanguage(locale, digits)
  const { heading, intro, link } = words.rulesSummary
  // The intro's {link} is the link to the self-check; the text either side of it stays plain.
  const [before = '', after = ''] = intro.split('{link}')
  return (
    <section aria-labelledby={sectionIds.selfCheckRules} className="mt-10 rounded-md border border-brand-100 p-5">
      <h2 id={sectionIds.selfCheckRules} className="text-xl font-semibold">
        {heading}
      </h2>
      <p className="mt-2">
        {before}
        <TextLink href={localePath(locale, staticRoutes.selfCheck)}>{link}</TextLink>
        {after}
      </p>
      {groups.map(({ advice, rules: grouped }) => (
        <div key={advice} className="mt-5">
          <h3 className="text-lg font-semibold">{words.advice[advice].label}</h3>
          <ul className="mt-2 space-y-3">
            {grouped.map((rule) => (
              <li key={rule.id} className="border-l-4 border-brand-700 pl-3" data-rule={rule.id}>
                <a className={linkClass('strong')} href={localePath(locale, rule.learnMore)}>
                  {texts.rules[rule.id].title}
                </a>
                <p>{texts.rules[rule.id].explanation}</p>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  )
}
