import { outcomes, rules, type RuleOutcome } from '@/lib/candidacy'
import { staticRoutes } from '@/lib/routes'
import { outcomeText } from '@/lib/self-check/outcome-text'
import { Link } from '@/components/ui/Link'

const groups = outcomes.filter((o): o is RuleOutcome => o !== 'likely-suitable').reverse()

/**
 * The self-check's rules, rendered from lib/candidacy itself, so this page and the self-check can
 * never say two different things.
 */
export function RulesSummary() {
  return (
    <section aria-labelledby="self-check-rules" className="mt-10 rounded-md border border-brand-100 p-5">
      <h2 id="self-check-rules" className="text-xl font-semibold">
        What the self-check looks at
      </h2>
      <p className="mt-2">
        The <Link className="text-brand-800 underline" href={staticRoutes.selfCheck}>self-check</Link> uses these rules. They are
        reasons to wait or to talk first, not a diagnosis.
      </p>
      {groups.map((outcome) => (
        <div key={outcome} className="mt-5">
          <h3 className="text-lg font-semibold">{outcomeText[outcome].heading}</h3>
          <ul className="mt-2 space-y-3">
            {rules
              .filter((rule) => rule.outcome === outcome)
              .map((rule) => (
                <li key={rule.id} className="border-l-4 border-brand-700 pl-3">
                  <a className="font-semibold text-brand-800 underline" href={rule.learnMore}>
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
