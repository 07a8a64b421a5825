import { answerMeanings } from '@/lib/self-check/meanings'
import { adviceText, ruleAdvice } from '@/lib/self-check/outcome-text'
import { linkClass } from '@/components/ui/classes'

const list = (labels: string[]) => labels.map((label) => `“${label}”`).join(', ')

/**
 * Every question with what each answer means, rendered on the server from the rules themselves.
 * It is the whole self-check for a browser without JavaScript, and a printable overview for everyone.
 */
export function AnswerChecklist() {
  const meanings = answerMeanings()
  const concernsNumber = meanings.findIndex((m) => m.question.id === 'concerns') + 1
  return (
    <section
      aria-labelledby="all-questions-heading"
      id="all-questions"
      className="mt-12 border-t border-brand-100 pt-8"
    >
      <h2 id="all-questions-heading" className="text-2xl font-bold">
        All the questions, and what each answer means
      </h2>
      <p className="mt-2 max-w-2xl text-muted">
        Read them yourself if you prefer. An answer with no note below it raises nothing to talk about first.
      </p>
      <ol className="mt-6 space-y-8">
        {meanings.map(({ question, options, askedOnlyFor }, index) => (
          <li key={question.id}>
            <h3 className="text-lg font-semibold">
              {index + 1}. {question.text}
            </h3>
            {askedOnlyFor && (
              <p className="text-muted">
                Asked only if, in question {concernsNumber}, you chose any of: {list(askedOnlyFor)}.
              </p>
            )}
            {question.hint && <p className="mt-1 text-muted">{question.hint}</p>}
            <ul className="mt-2 space-y-2">
              {options.map((option) => (
                <li key={option.value} className="pl-4">
                  <span className="font-medium">{option.label}</span>
                  {option.findings.map((finding) => (
                    <p key={finding.rule} className="mt-1 border-l-4 border-amber-600 pl-3">
                      <strong>{adviceText[ruleAdvice[finding.rule]].label}:</strong> {finding.explanation}
                    </p>
                  ))}
                </li>
              ))}
            </ul>
            <p className="mt-2">
              <a className={linkClass()} href={question.learnMore}>
                Read more<span className="sr-only"> about: {question.text}</span>
              </a>
            </p>
          </li>
        ))}
      </ol>
    </section>
  )
}
