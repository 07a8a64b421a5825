// For the page without JavaScript: every question with what each answer means, worked out by
// running the real rules on a neutral set of answers (lib/candidacy/neutral.ts), so the checklist can never
// disagree with them. Language-neutral (values and rule ids): the checklist looks the words up.
// Server-only (it imports the candidacy index, which brings zod).
import {
  evaluate,
  isQuestionApplicable,
  neutralAnswersFor,
  questions,
  questionsById,
  type Answers,
  type AnyQuestion,
  type AnswerValue,
  type Finding,
  type QuestionId,
} from '@/lib/candidacy'

export type OptionMeaning = { value: string; findings: Finding[] }
export type QuestionMeaning = {
  question: AnyQuestion
  options: OptionMeaning[]
  /** For a question asked only for some concerns: those concerns' values, in option order. */
  askedOnlyFor?: AnswerValue<'concerns'>[]
}

/**
 * The concerns for which a question is asked, in option order, worked out from the applicability rules
 * themselves; undefined for a question everyone is asked.
 */
export function askedOnlyFor(id: QuestionId): AnswerValue<'concerns'>[] | undefined {
  const options = questionsById.concerns.options
  const asked = options.filter((o) => isQuestionApplicable(id, { concerns: [o.value] }))
  return asked.length === options.length ? undefined : asked.map((o) => o.value)
}

export function answerMeanings(): QuestionMeaning[] {
  return questions.map((question) => {
    const context = neutralAnswersFor(question.id)
    const baseline = new Set(evaluate(context).findings.map((f) => f.rule))
    const only = askedOnlyFor(question.id)
    return {
      question,
      options: question.options.map(({ value }) => {
        const answers = { ...context, [question.id]: question.multiple ? [value] : value } as Answers
        return { value, findings: evaluate(answers).findings.filter((f) => !baseline.has(f.rule)) }
      }),
      ...(only ? { askedOnlyFor: only } : {}),
    }
  })
}
