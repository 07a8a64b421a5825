import type { PartialAnswers, QuestionId } from '@/lib/candidacy'
import { answeredQuestions } from '@/lib/self-check/answers'
import { say, type SelfCheckLanguage } from '@/lib/self-check/language'
import { BackLink } from './BackLink'
import { buttonClass, linkClass } from '@/components/ui/classes'

type Props = {
  answers: PartialAnswers
  onChange: (id: QuestionId) => void
  onConfirm: () => void
  language: SelfCheckLanguage
}

/** GOV.UK "Check your answers": every answer with a Change link that comes back here. */
export function CheckAnswers({ answers, onChange, onConfirm, language }: Props) {
  const words = language.words.check
  return (
    <div>
      <BackLink language={language} />
      <h1 id="self-check-heading" tabIndex={-1} className="text-3xl font-bold focus:outline-none">
        {words.heading}
      </h1>
      <dl className="mt-6 divide-y divide-brand-100 border-y border-brand-100">
        {answeredQuestions(answers, language.texts.questions).map(({ question, text, labels }) => (
          <div key={question.id} className="grid gap-1 py-3 sm:grid-cols-[2fr_2fr_auto] sm:gap-4">
            <dt className="font-semibold">{text}</dt>
            <dd>
              {labels.length > 1 ? (
                <ul>
                  {labels.map((label) => (
                    <li key={label}>{label}</li>
                  ))}
                </ul>
              ) : (
                labels[0]
              )}
            </dd>
            <dd className="no-print">
              <button type="button" onClick={() => onChange(question.id)} className={linkClass()}>
                {words.change}
                <span className="sr-only">{say(language, words.changeHidden, { question: text })}</span>
              </button>
            </dd>
          </div>
        ))}
      </dl>
      <button type="button" onClick={onConfirm} className={buttonClass({ variant: 'primary', size: 'call' }, 'mt-8')}>
        {words.seeResult}
      </button>
    </div>
  )
}
