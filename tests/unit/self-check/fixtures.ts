// Shared answer sets for the self-check tests. Valid sets are checked against the real schema in the tests.
import type { Answers, PartialAnswers, QuestionId } from '@/lib/candidacy'
import { clean } from '../candidacy/spec'
import { initialState, reduce, type AnswerValue, type FlowAction, type FlowState } from '@/lib/self-check/flow'

/** A complete, valid, harmless set: nothing fires, shavedLookOk does not apply (the rules suite's own). */
export const harmless: Answers = clean

/** A complete set where shavedLookOk applies and was answered. */
export const bald: Answers = { ...harmless, concerns: ['complete-baldness'], shavedLookOk: 'yes' }

/** The ids in the order a patient meets them without shavedLookOk. */
export const tenIds: QuestionId[] = [
  'age',
  'concerns',
  'scalpCondition',
  'skinCancerHistory',
  'keloidProne',
  'bleedingRisk',
  'pigmentAllergy',
  'immune',
  'pregnancy',
  'healingCondition',
]

export const run = (actions: FlowAction[], from: FlowState = initialState) => actions.reduce(reduce, from)

/** Answer actions in question order for a full set of answers. */
export function answerAll(answers: PartialAnswers): FlowAction[] {
  const order: QuestionId[] = ['age', 'concerns', 'shavedLookOk', ...tenIds.slice(2)]
  return order
    .filter((id) => answers[id] !== undefined)
    .map((id) => ({ type: 'answer', id, value: answers[id] as AnswerValue }))
}
