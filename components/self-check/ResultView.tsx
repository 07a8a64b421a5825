import type { Evaluation, PartialAnswers, RuleId } from '@/lib/candidacy'
import { localePath } from '@/lib/i18n/locales'
import { say, type SelfCheckLanguage } from '@/lib/self-check/language'
import {
  adviceOrder,
  hasFirstSteps,
  invitesBooking,
  listsClinicContacts,
  resultKind,
  ruleAdvice,
} from '@/lib/self-check/outcome-text'
import { summaryText } from '@/lib/self-check/summary'
import { ContactLink } from '@/components/ui/ContactLink'
import { buttonClass, linkClass } from '@/components/ui/classes'
import type { ClinicContact } from './contact'
import { CopySummaryButton } from './CopySummaryButton'

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1)

type Props = {
  evaluation: Evaluation
  answers: PartialAnswers
  contact: ClinicContact
  onRestart: () => void
  language: SelfCheckLanguage
}

/**
 * The result in the page's language. The outcome, the kind of result and each finding's rule id are also
 * data attributes, so tests can check that every language shows the same result for the same answers.
 */
export function ResultView({ evaluation, answers, contact, onRestart, language }: Props) {
  const { locale, words, texts } = language
  const kind = resultKind(evaluation)
  const { heading, summary } = words.results[kind]
  const advice = words.advice
  const title = (rule: RuleId) => texts.rules[rule].title
  // Everything to act on first, grouped by what to do: wait, see a doctor, or talk it through.
  const firstSteps = hasFirstSteps(kind) ? words.result.firstSteps[kind] : undefined
  const groups = adviceOrder
    .filter((advice) => advice !== 'not-offered')
    .map((advice) => ({ advice, findings: evaluation.findings.filter((f) => ruleAdvice[f.rule] === advice) }))
    .filter(({ findings }) => findings.length > 0)
  return (
    <div>
      <div className="rounded-md bg-brand-900 p-6 text-white" data-outcome={evaluation.outcome} data-result-kind={kind}>
        <h1 id="self-check-heading" tabIndex={-1} className="text-3xl font-bold focus:outline-none">
          {heading}
        </h1>
        <p className="mt-3 text-lg">{summary}</p>
      </div>

      {evaluation.findings.length > 0 && (
        <section aria-labelledby="findings" className="mt-8">
          <h2 id="findings" className="text-2xl font-bold">
            {words.result.findingsHeading}
          </h2>
          <ul className="mt-4 space-y-5">
            {evaluation.findings.map((finding) => (
              <li key={finding.rule} className="border-l-4 border-brand-700 pl-4" data-rule={finding.rule}>
                <h3 className="text-lg font-semibold">{title(finding.rule)}</h3>
                <p className="mt-1 font-semibold text-muted">{advice[ruleAdvice[finding.rule]].label}</p>
                <p className="mt-1">{texts.rules[finding.rule].explanation}</p>
                <p className="mt-1">
                  <a className={linkClass()} href={localePath(locale, finding.learnMore)}>
                    {words.result.readMore}
                    <span className="sr-only">
                      {say(language, words.result.readMoreHidden, { title: lowerFirst(title(finding.rule)) })}
                    </span>
                  </a>
                </p>
              </li>
            ))}
          </ul>
        </section>
      )}

      {firstSteps && groups.length > 0 && (
        <section aria-labelledby="first-steps" className="mt-8 rounded-md border-4 border-amber-600 bg-amber-50 p-5">
          <h2 id="first-steps" className="text-xl font-bold">
            {firstSteps.heading}
          </h2>
          {groups.map(({ advice: group, findings }) => (
            <div key={group} className="mt-3">
              <h3 className="font-semibold">{advice[group].group}</h3>
              <ul className="mt-1 list-disc space-y-1 pl-6">
                {findings.map((finding) => (
                  <li key={finding.rule}>{lowerFirst(title(finding.rule))}</li>
                ))}
              </ul>
            </div>
          ))}
          <p className="mt-3">{firstSteps.takeList}</p>
        </section>
      )}

      <section aria-labelledby="what-next" className="mt-8">
        <h2 id="what-next" className="text-2xl font-bold">
          {words.result.whatNext}
        </h2>
        <p className="mt-3">{say(language, words.result.next[kind], { clinic: contact.name })}</p>
        {listsClinicContacts(kind) && (
          <ul className="mt-2 space-y-1">
            <li>
              {words.result.phone} <ContactLink kind="phone" phone={contact.phone} />
            </li>
            {contact.whatsapp && (
              <li>
                <ContactLink kind="whatsapp" number={contact.whatsapp}>
                  {words.result.whatsapp}
                </ContactLink>
              </li>
            )}
            <li>
              {words.result.email}{' '}
              <ContactLink kind="email" email={contact.email} subject={words.result.emailSubject} />
            </li>
            {invitesBooking(kind) && contact.bookingUrl && (
              <li>
                <a className={linkClass()} href={localePath(locale, contact.bookingUrl)}>
                  {words.result.book}
                </a>
              </li>
            )}
          </ul>
        )}
        <div className="no-print mt-6 flex flex-wrap items-start gap-4">
          <CopySummaryButton text={summaryText(answers, evaluation, language)} words={words.result} />
          <button type="button" onClick={() => window.print()} className={buttonClass()}>
            {words.result.print}
          </button>
          <button type="button" onClick={onRestart} className={buttonClass()}>
            {words.result.restart}
          </button>
        </div>
      </section>

      <p className="mt-8 border-l-4 border-brand-100 pl-4 text-sm text-muted">{words.result.disclaimer}</p>
    </div>
  )
}
