// Shared answer sets for the self-check tests. Valid sets are checked against the real schema in the tests.
import type { Answers, PartialAnswers, QuestionId } from '@/lib/candidacy'
import { questions } from '@/lib/candidacy/questions'
import { clean } from '../candidacy/spec'
import { initialState, reduce, type AnswerValue, type FlowAction, type FlowState } from '@/lib/self-check/flow'

/**
 * A complete, valid, harmless set: nothing fires. A receding hairline brings in hairLossSigns
 * (answered "none"); shavedLookOk does not apply. The rules suite's own.
 */
export const harmless: Answers = clean

/** A complete set where both hairLossSigns and shavedLookOk apply and were answered. */
export const bald: Answers = { ...harmless, concerns: ['complete-baldness'], shavedLookOk: 'yes' }

/** A complete set where neither conditional question applies: scars only. */
export const scarsOnly: Answers = (({ hairLossSigns: _, ...rest }) => ({ ...rest, concerns: ['scars'] }))(harmless)

/** Every question id, in the order a patient meets them when all apply. */
export const allIds: QuestionId[] = questions.map((q) => q.id)

/** The ids asked for a hair-loss concern that is not complete baldness or alopecia areata (harmless). */
export const harmlessIds: QuestionId[] = allIds.filter((id) => id !== 'shavedLookOk')

/** The ids asked for scars only, without either conditional question. */
export const scarsIds: QuestionId[] = allIds.filter((id) => id !== 'shavedLookOk' && id !== 'hairLossSigns')

export const run = (actions: FlowAction[], from: FlowState = initialState) => actions.reduce(reduce, from)

/** Answer actions in question order for a full set of answers. */
export function answerAll(answers: PartialAnswers): FlowAction[] {
  return allIds
    .filter((id) => answers[id] !== undefined)
    .map((id) => ({ type: 'answer', id, value: answers[id] as AnswerValue }))
}
