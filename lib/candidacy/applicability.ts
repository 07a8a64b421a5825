// Which questions apply, given the answers so far. The UI uses this to skip questions;
// the schema and evaluate use the same test so all three always agree.
import { questions, type AnyQuestion } from './questions'
import type { AnswerValue, PartialAnswers, QuestionId } from './types'

/** Concerns for which only the full shaved look makes sense, so we ask about shaving. */
export const shavedLookConcerns = [
  'complete-baldness',
  'alopecia',
] as const satisfies readonly AnswerValue<'concerns'>[]

/** Concerns that are hair loss (not scars or birthmarks), so we ask about its warning signs. */
export const hairLossSignsConcerns = [
  'receding-hairline',
  'diffuse-thinning',
  'bald-patches',
  'complete-baldness',
  'alopecia',
] as const satisfies readonly AnswerValue<'concerns'>[]

const includesAny = (concerns: readonly string[] | undefined, wanted: readonly string[]) =>
  Array.isArray(concerns) && concerns.some((c) => wanted.includes(c))

/**
 * True when the concerns include complete-baldness or alopecia.
 * Accepts any strings so it is safe on unvalidated input.
 */
export function needsShavedLookAnswer(concerns: readonly string[] | undefined): boolean {
  return includesAny(concerns, shavedLookConcerns)
}

/**
 * True when the concerns include a kind of hair loss (any of `hairLossSignsConcerns`).
 * Accepts any strings so it is safe on unvalidated input.
 */
export function needsHairLossSignsAnswer(concerns: readonly string[] | undefined): boolean {
  return includesAny(concerns, hairLossSignsConcerns)
}

/** Whether a question should be asked, given the answers so far. */
export function isQuestionApplicable(
  questionId: QuestionId,
  partialAnswers: PartialAnswers = {},
): boolean {
  if (questionId === 'shavedLookOk') return needsShavedLookAnswer(partialAnswers.concerns)
  if (questionId === 'hairLossSigns') return needsHairLossSignsAnswer(partialAnswers.concerns)
  return true
}

/** The questions to ask, in order, given the answers so far. */
export function applicableQuestions(partialAnswers: PartialAnswers = {}): AnyQuestion[] {
  return questions.filter((q) => isQuestionApplicable(q.id, partialAnswers))
}
