// Which questions apply, given the answers so far. The UI uses this to skip questions;
// the schema and evaluate use the same test so all three always agree.
import { questions, type AnyQuestion } from './questions'
import type { AnswerValue, PartialAnswers, QuestionId } from './types'

/** Concerns for which only the full shaved look makes sense, so we ask about shaving. */
export const shavedLookConcerns = [
  'complete-baldness',
  'alopecia',
] as const satisfies readonly AnswerValue<'concerns'>[]

/**
 * True when the concerns include complete-baldness or alopecia.
 * Accepts any strings so it is safe on unvalidated input.
 */
export function needsShavedLookAnswer(concerns: readonly string[] | undefined): boolean {
  if (!Array.isArray(concerns)) return false
  return concerns.some((c) => (shavedLookConcerns as readonly string[]).includes(c))
}

/** Whether a question should be asked, given the answers so far. */
export function isQuestionApplicable(
  questionId: QuestionId,
  partialAnswers: PartialAnswers = {},
): boolean {
  if (questionId === 'shavedLookOk') return needsShavedLookAnswer(partialAnswers.concerns)
  return true
}

/** The questions to ask, in order, given the answers so far. */
export function applicableQuestions(partialAnswers: PartialAnswers = {}): AnyQuestion[] {
  return questions.filter((q) => isQuestionApplicable(q.id, partialAnswers))
}
