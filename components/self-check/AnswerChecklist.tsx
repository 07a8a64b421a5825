import type { Digits } from '@/lib/i18n/digits'
import { localePath, type Locale } from '@/lib/i18n/locales'
import { selfCheckLanguage } from '@/lib/i18n/words/self-check-language'
import { optionLabel } from '@/lib/candidacy/texts'
import { say } from '@/lib/self-check/language'
import { answerMeanings } from '@/lib/self-check/meanings'
import { ruleAdvice } from '@/lib/self-check/outcome-text'
import { linkClass } from '@/components/ui/classes'

type Props = { locale: Locale; digits?: Digits }

/**
 * Every question with what each answer means, rendered on the server from the rules themselves, in the
 * page's language. It is the whole self-check for a browser without JavaScript, and a printable overview
 * for everyone.
 */
export function AnswerChecklist({ locale, digits = 'latin' }: Props) {
  const language = selfCheckLanguage(locale, digits)
  const { words, texts } = language
  const checklist = words.checklist
  const meanings = answerMeanings()
  const concernsNumber = meanings.findIndex((m) => m.question.id === 'concerns') + 1
  const list = (values: readonly string[]) =>
    values
      .map((value) => say(language, checklist.quoted, { label: optionLabel(texts.questions, 'concerns', value) }))
      .join(checklist.listSeparator)
  return (
    <section
      aria-labelledby="all-questions-heading"
      id="all-questions"
      className="mt-12 border-t border-brand-100 pt-8"
    >
      <h2 id="all-questions-heading" className="text-2xl font-bold">
        {checklist.heading}
      </h2>
      <p className="mt-2 max-w-2xl text-muted">{checklist.intro}</p>
      <ol className="mt-6 space-y-8">
        {meanings.map(({ question, options, askedOnlyFor }, index) => {
          const text = texts.questions[question.id]
          return (
            <li key={question.id}>
              <h3 className="text-lg font-semibold">
                {say(language, '{number}.', { number: index + 1 })} {text.text}
              </h3>
              {askedOnlyFor && (
                <p className="text-muted">
                  {say(language, checklist.askedOnlyFor, { number: concernsNumber, labels: list(askedOnlyFor) })}
                </p>
              )}
              {text.hint && <p className="mt-1 text-muted">{text.hint}</p>}
              <ul className="mt-2 space-y-2">
                {options.map((option) => (
                  <li key={option.value} className="pl-4">
                    <span className="font-medium">{optionLabel(texts.questions, question.id, option.value)}</span>
                    {option.findings.map((finding) => (
                      <p key={finding.rule} className="mt-1 border-l-4 border-amber-600 pl-3" data-rule={finding.rule}>
                        <strong>{words.advice[ruleAdvice[finding.rule]].label}:</strong>{' '}
                        {texts.rules[finding.rule].explanation}
                      </p>
                    ))}
                  </li>
                ))}
              </ul>
              <p className="mt-2">
                <a className={linkClass()} href={localePath(locale, question.learnMore)}>
                  {checklist.readMore}
                  <span className="sr-only">{say(language, checklist.readMoreHidden, { question: text.text })}</span>
                </a>
              </p>
            </li>
          )
        })}
      </ol>
    </section>
  )
}
