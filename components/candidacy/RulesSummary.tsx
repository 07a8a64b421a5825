import { rules } from '@/lib/candidacy'
import { sectionIds, staticRoutes } from '@/lib/routes'
import { adviceOrder, adviceText, ruleAdvice } from '@/lib/self-check/outcome-text'
import { linkClass } from '@/components/ui/classes'
import { TextLink } from '@/components/ui/TextLink'

// Grouped by what each rule asks the patient to do, so a group's heading fits every rule in it.
const groups = adviceOrder
  .map((advice) => ({ advice, rules: rules.filter((rule) => ruleAdvice[rule.id] === advice) }))
  .filter((group) => group.rules.length > 0)

/**
 * The self-check's rules, rendered from lib/candidacy itself, so this page and the self-check can
 * never say two different things.
 */
export function RulesSummary() {
  return (
    <section aria-labelledby={sectionIds.selfCheckRules} className="mt-10 rounded-md border border-brand-100 p-5">
      <h2 id={sectionIds.selfCheckRules} className="text-xl font-semibold">
        What the self-check looks at
      </h2>
      <p className="mt-2">
        The <TextLink href={staticRoutes.selfCheck}>self-check</TextLink> uses these rules. They are reasons to wait or
        to talk first, not a diagnosis. Answering &ldquo;I&rsquo;m not sure&rdquo; counts as a reason to ask first.
      </p>
      {groups.map(({ advice, rules: grouped }) => (
        <div key={advice} className="mt-5">
          <h3 className="text-lg font-semibold">{adviceText[advice].label}</h3>
          <ul className="mt-2 space-y-3">
            {grouped.map((rule) => (
              <li key={rule.id} className="border-l-4 border-brand-700 pl-3">
                <a className={linkClass('strong')} href={rule.learnMore}>
                  {rule.title}
                </a>
                <p>{rule.explanation}</p>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  )
}
