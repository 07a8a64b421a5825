// Neutral answer sets, from each question's `neutral` answer: the baseline against which the
// answers page shows what each answer on its own would mean (lib/self-check/meanings.ts).
import { holds, isQuestionApplicable } from './applicability'
import { questions, questionsById, type AnyQuestion } from './questions'
import type { Answers, PartialAnswers, QuestionId } from './types'

const neutralOf = (q: AnyQuestion) => (q.multiple === true ? [q.neutral] : q.neutral)

/** `given`, with every other question that applies answered neutrally, in question order. */
function completed(given: PartialAnswers): Answers {
  const filled: Record<string, unknown> = {}
  for (const q of questions) {
    const value = given[q.id] ?? (isQuestionApplicable(q.id, filled as PartialAnswers) ? neutralOf(q) : undefined)
    if (value !== undefined) filled[q.id] = value
  }
  return filled as Answers
}

/** Every question that applies answered neutrally: evaluates to no findings (see the tests). */
export const neutralAnswers: Answers = completed({})

/**
 * A neutral set in which question `id` is asked. For a question asked only for some answers
 * (shavedLookOk), its controlling question takes the first value that makes it apply.
 */
export function neutralAnswersFor(id: QuestionId): Answers {
  const q = questionsById[id]
  if (!q.askedWhen || holds(q.askedWhen, neutralAnswers)) return neutralAnswers
  const { question, anyOf } = q.askedWhen
  const value = questionsById[question as QuestionId].multiple === true ? [anyOf[0]] : anyOf[0]
  return completed({ [question]: value } as PartialAnswers)
}
