// For the page without JavaScript: every question with what each answer means, worked out by
// running the real rules on a neutral set of answers (lib/candidacy/neutral.ts), so the checklist can never disagree with them.
// Server-only (it imports the candidacy index, which brings zod).
import {
  evaluate,
  isQuestionApplicable,
  neutralAnswersFor,
  questions,
  questionsById,
  type Answers,
  type AnyQuestion,
  type Finding,
  type QuestionId,
} from '@/lib/candidacy'

export type OptionMeaning = { value: string; label: string; findings: Finding[] }
export type QuestionMeaning = {
  question: AnyQuestion
  options: OptionMeaning[]
  /** For a question asked only for some concerns: those concerns' labels. */
  askedOnlyFor?: string[]
}

/**
 * The labels of the concerns for which a question is asked, in option order, worked out from the
 * applicability rules themselves; undefined for a question everyone is asked.
 */
export function askedOnlyFor(id: QuestionId): string[] | undefined {
  const options = questionsById.concerns.options
  const asked = options.filter((o) => isQuestionApplicable(id, { concerns: [o.value] }))
  return asked.length === options.length ? undefined : asked.map((o) => o.label)
}

export function answerMeanings(): QuestionMeaning[] {
  return questions.map((question) => {
    const context = neutralAnswersFor(question.id)
    const baseline = new Set(evaluate(context).findings.map((f) => f.rule))
    const only = askedOnlyFor(question.id)
    return {
      question,
      options: question.options.map(({ value, label }) => {
        const answers = { ...context, [question.id]: question.multiple ? [value] : value } as Answers
        return { value, label, findings: evaluate(answers).findings.filter((f) => !baseline.has(f.rule)) }
      }),
      ...(only ? { askedOnlyFor: only } : {}),
    }
  })
}
