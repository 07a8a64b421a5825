'use client'
import type { Evaluation, PartialAnswers } from '@/lib/candidacy'
import { adviceOrder, adviceText, resultText, ruleAdvice } from '@/lib/self-check/outcome-text'
import { summaryText } from '@/lib/self-check/summary'
import { ContactLink } from '@/components/ui/ContactLink'
import { buttonClass, linkClass } from '@/components/ui/classes'
import type { ClinicContact } from './contact'
import { CopySummaryButton } from './CopySummaryButton'

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1)

type Props = { evaluation: Evaluation; answers: PartialAnswers; contact: ClinicContact; onRestart: () => void }

export function ResultView({ evaluation, answers, contact, onRestart }: Props) {
  const { heading, summary } = resultText(evaluation)
  // Everything to act on before booking, grouped by what to do: wait, see a doctor, or talk it through.
  const beforeYouBook = adviceOrder
    .filter((advice) => advice !== 'not-offered')
    .map((advice) => ({ advice, findings: evaluation.findings.filter((f) => ruleAdvice[f.rule] === advice) }))
    .filter(({ findings }) => findings.length > 0)
  return (
    <div>
      <div className="rounded-md bg-brand-900 p-6 text-white">
        <h1 id="self-check-heading" tabIndex={-1} className="text-3xl font-bold focus:outline-none">
          {heading}
        </h1>
        <p className="mt-3 text-lg">{summary}</p>
      </div>

      {evaluation.findings.length > 0 && (
        <section aria-labelledby="findings" className="mt-8">
          <h2 id="findings" className="text-2xl font-bold">
            What your answers mean
          </h2>
          <ul className="mt-4 space-y-5">
            {evaluation.findings.map((finding) => (
              <li key={finding.rule} className="border-l-4 border-brand-700 pl-4">
                <h3 className="text-lg font-semibold">{finding.title}</h3>
                <p className="mt-1 font-semibold text-muted">{adviceText[ruleAdvice[finding.rule]].label}</p>
                <p className="mt-1">{finding.explanation}</p>
                <p className="mt-1">
                  <a className={linkClass()} href={finding.learnMore}>
                    Read more<span className="sr-only"> about: {lowerFirst(finding.title)}</span>
                  </a>
                </p>
              </li>
            ))}
          </ul>
        </section>
      )}

      {beforeYouBook.length > 0 && (
        <section
          aria-labelledby="before-you-book"
          className="mt-8 rounded-md border-4 border-amber-600 bg-amber-50 p-5"
        >
          <h2 id="before-you-book" className="text-xl font-bold">
            Before you book
          </h2>
          {beforeYouBook.map(({ advice, findings }) => (
            <div key={advice} className="mt-3">
              <h3 className="font-semibold">{adviceText[advice].group}</h3>
              <ul className="mt-1 list-disc space-y-1 pl-6">
                {findings.map((finding) => (
                  <li key={finding.rule}>{lowerFirst(finding.title)}</li>
                ))}
              </ul>
            </div>
          ))}
          <p className="mt-3">
            Take this list to your consultation, and tell your practitioner about everything on it. Never stop a
            prescribed medicine without asking the doctor who prescribed it.
          </p>
        </section>
      )}

      <section aria-labelledby="what-next" className="mt-8">
        <h2 id="what-next" className="text-2xl font-bold">
          What to do next
        </h2>
        <p className="mt-3">Talk to {contact.name} about your answers, or to book a consultation:</p>
        <ul className="mt-2 space-y-1">
          <li>
            Phone: <ContactLink kind="phone" phone={contact.phone} />
          </li>
          {contact.whatsapp && (
            <li>
              <ContactLink kind="whatsapp" number={contact.whatsapp} />
            </li>
          )}
          <li>
            Email: <ContactLink kind="email" email={contact.email} subject="My SMP self-check" />
          </li>
          {contact.bookingUrl && (
            <li>
              <a className={linkClass()} href={contact.bookingUrl}>
                Book a consultation online
              </a>
            </li>
          )}
        </ul>
        <div className="no-print mt-6 flex flex-wrap items-start gap-4">
          <CopySummaryButton text={summaryText(answers, evaluation)} />
          <button type="button" onClick={() => window.print()} className={buttonClass()}>
            Print this page
          </button>
          <button type="button" onClick={onRestart} className={buttonClass()}>
            Start again
          </button>
        </div>
      </section>

      <p className="mt-8 border-l-4 border-brand-100 pl-4 text-sm text-muted">
        This self-check is not a diagnosis and does not replace a consultation. Your answers stayed on this device:
        nothing was sent to us.
      </p>
    </div>
  )
}
