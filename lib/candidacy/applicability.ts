// Which questions apply, given the answers so far: worked out from each question's `askedWhen`.
// The UI uses this to skip questions; the schema and evaluate use the same test so all three agree.
import { questions, questionsById, type AnyQuestion } from './questions'
import type { AskedWhen } from './shapes'
import type { AnswerValue, PartialAnswers, QuestionId } from './types'

/** Concerns for which only the full shaved look makes sense, so we ask about shaving. */
export const shavedLookConcerns = questionsById.shavedLookOk.askedWhen
  .anyOf satisfies readonly AnswerValue<'concerns'>[]

/** Concerns that are hair loss (not scars or birthmarks), so we ask about its warning signs. */
export const hairLossSignsConcerns = questionsById.hairLossSigns.askedWhen
  .anyOf satisfies readonly AnswerValue<'concerns'>[]

/** Concerns for which we ask whether a doctor has said why the hair is changing (the hair-loss concerns too). */
export const causeKnownConcerns = questionsById.causeKnown.askedWhen.anyOf satisfies readonly AnswerValue<'concerns'>[]

const includesAny = (chosen: unknown, wanted: readonly string[]) =>
  Array.isArray(chosen) && chosen.some((c) => wanted.includes(c))

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

/**
 * True when the concerns include a kind of hair loss (any of `causeKnownConcerns`).
 * Accepts any strings so it is safe on unvalidated input.
 */
export function needsCauseKnownAnswer(concerns: readonly string[] | undefined): boolean {
  return includesAny(concerns, causeKnownConcerns)
}

/** Whether `askedWhen` holds for these answers (which need not be valid). */
export function holds(askedWhen: AskedWhen, partialAnswers: Readonly<Record<string, unknown>>): boolean {
  return includesAny(partialAnswers[askedWhen.question], askedWhen.anyOf)
}

// A Map, not an object: ids like "constructor" must not find anything.
const conditions = new Map<string, AskedWhen>(
  questions.flatMap((q) => (q.askedWhen ? [[q.id, q.askedWhen] as const] : [])),
)

/** Whether a question should be asked, given the answers so far. */
export function isQuestionApplicable(questionId: QuestionId, partialAnswers: PartialAnswers = {}): boolean {
  const askedWhen = conditions.get(questionId)
  return askedWhen === undefined || holds(askedWhen, partialAnswers)
}

/** The questions to ask, in order, given the answers so far. */
export function applicableQuestions(partialAnswers: PartialAnswers = {}): AnyQuestion[] {
  return questions.filter((q) => isQuestionApplicable(q.id, partialAnswers))
}
