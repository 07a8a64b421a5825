import { useMemo, useState, type FormEvent } from 'react'
import type { AnyQuestion, PartialAnswers } from '@/lib/candidacy'
import { optionLabel } from '@/lib/candidacy/texts'
import { localePath } from '@/lib/i18n/locales'
import type { AnswerValue } from '@/lib/self-check/flow'
import { say, type SelfCheckLanguage } from '@/lib/self-check/language'
import { ErrorSummary } from './ErrorSummary'
import { BackLink } from './BackLink'
import { buttonClass, linkClass } from '@/components/ui/classes'

type Props = {
  question: AnyQuestion
  answers: PartialAnswers
  progress: { number: number; total: number }
  onAnswer: (value: AnswerValue) => void
  /** Why the check is showing this question, e.g. after resuming saved answers that lacked it. */
  notice?: string
  language: SelfCheckLanguage
}

const exclusiveValue = 'none'

/** One question per page, GOV.UK style: the question is the h1 inside the legend. */
export function QuestionStep({ question, answers, progress, onAnswer, notice, language }: Props) {
  const words = language.words.question
  const text = language.texts.questions[question.id]
  const saved = answers[question.id as keyof PartialAnswers]
  const [chosen, setChosen] = useState<string[]>(Array.isArray(saved) ? [...saved] : saved ? [saved] : [])
  // A new object on each failed Continue, so the summary takes focus again every time but not when an answer is ticked.
  const [failedSubmit, setFailedSubmit] = useState<{ text: string } | null>(null)
  const error = failedSubmit?.text ?? null
  const inputName = question.id
  const firstInputId = `${question.id}-${question.options[0]?.value}`
  const errorText = question.multiple ? words.errorMultiple : words.errorSingle

  function toggle(value: string, checked: boolean) {
    if (!question.multiple) return setChosen([value])
    // "None of these" cannot be chosen with anything else (GOV.UK's exclusive checkbox).
    if (value === exclusiveValue) return setChosen(checked ? [value] : [])
    setChosen((current) =>
      checked ? [...current.filter((v) => v !== exclusiveValue), value] : current.filter((v) => v !== value),
    )
  }

  function submit(event: FormEvent) {
    event.preventDefault()
    if (chosen.length === 0) return setFailedSubmit({ text: errorText })
    const ordered = question.options.map((o) => o.value).filter((v) => chosen.includes(v))
    onAnswer(question.multiple ? ordered : ordered[0]!)
  }

  const errors = useMemo(
    () => (failedSubmit ? [{ href: `#${firstInputId}`, text: failedSubmit.text }] : []),
    [failedSubmit, firstInputId],
  )

  const hintId = `${question.id}-hint`
  const errorId = `${question.id}-error`
  const noticeId = `${question.id}-notice`
  return (
    <div>
      <BackLink language={language} />
      {notice && (
        <p id={noticeId} role="status" className="mb-6 border-l-4 border-amber-600 bg-amber-50 p-4">
          {notice}
        </p>
      )}
      {error && <ErrorSummary title={language.words.errorSummaryTitle} errors={errors} />}
      <form onSubmit={submit} noValidate>
        <div className={error ? 'border-l-4 border-red-700 pl-4' : undefined}>
          <fieldset
            aria-describedby={
              [notice ? noticeId : '', text.hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ') ||
              undefined
            }
          >
            <legend>
              <span className="block text-lg text-muted">{say(language, words.progress, progress)}</span>
              <h1
                id="self-check-heading"
                tabIndex={-1}
                className="mt-1 text-3xl leading-tight font-bold focus:outline-none"
              >
                {text.text}
              </h1>
            </legend>
            {text.hint && (
              <p id={hintId} className="mt-3 text-lg text-muted">
                {text.hint}
              </p>
            )}
            {error && (
              <p id={errorId} className="mt-3 font-bold text-red-800">
                <span className="sr-only">{words.errorPrefix}</span>
                {error}
              </p>
            )}
            <div className="mt-5 space-y-3">
              {question.options.map((option) => {
                const id = `${question.id}-${option.value}`
                return (
                  <div key={option.value}>
                    {question.multiple && option.value === exclusiveValue && <p className="mb-3 text-lg">{words.or}</p>}
                    <div className="flex items-start gap-3">
                      <input
                        id={id}
                        type={question.multiple ? 'checkbox' : 'radio'}
                        name={inputName}
                        value={option.value}
                        checked={chosen.includes(option.value)}
                        onChange={(event) => toggle(option.value, event.target.checked)}
                        className="mt-0.5 h-7 w-7 shrink-0 accent-brand-700"
                      />
                      <label htmlFor={id} className="cursor-pointer pt-0.5 text-lg">
                        {optionLabel(language.texts.questions, question.id, option.value)}
                      </label>
                    </div>
                  </div>
                )
              })}
            </div>
          </fieldset>
        </div>
        <p className="mt-6">
          <a className={linkClass()} href={localePath(language.locale, question.learnMore)}>
            {words.readMore}
          </a>{' '}
          <span className="text-muted">{words.kept}</span>
        </p>
        <button type="submit" className={buttonClass({ variant: 'primary', size: 'call' }, 'mt-6')}>
          {words.continue}
        </button>
      </form>
    </div>
  )
}
