// The self-check's steps as a pure state machine: which page comes next, what "Question 3 of 12"
// means, and where a Change link returns to. The React island only renders and records history.
// This module runs in the browser: it imports candidacy modules rather than the index (which also
// exports the zod schema) and checks answers with parseAnswers' zod-free twin (lib/candidacy/check.ts).
import type { PartialAnswers, QuestionId } from '@/lib/candidacy'
import { applicableQuestions, isQuestionApplicable } from '@/lib/candidacy/applicability'
import { isCompleteAnswers } from '@/lib/candidacy/check'
import { questions } from '@/lib/candidacy/questions'

export type Step = { kind: 'start' } | { kind: 'question'; id: QuestionId } | { kind: 'check' } | { kind: 'result' }

export type FlowState = {
  step: Step
  answers: PartialAnswers
  /**
   * Set by a Change link on the check-your-answers page, or when a missing answer is being filled in:
   * Continue goes to the next unanswered question, or back to check-your-answers when there is none.
   */
  returnToCheck: boolean
}

export type AnswerValue = string | string[]

export type FlowAction =
  | { type: 'start' }
  | { type: 'answer'; id: QuestionId; value: AnswerValue }
  | { type: 'change'; id: QuestionId }
  | { type: 'confirm' }
  | { type: 'restart' }
  /** The browser's back/forward buttons. */
  | { type: 'go-to'; step: Step }
  /** Progress read back from storage (already checked by storage.ts). */
  | { type: 'restore'; state: FlowState }

export const initialState: FlowState = { step: { kind: 'start' }, answers: {}, returnToCheck: false }

const isAnswered = (answers: PartialAnswers, id: QuestionId) => {
  const value = answers[id]
  return Array.isArray(value) ? value.length > 0 : value !== undefined
}

/**
 * The first applicable question without an answer, else the check page. Complete answers that do
 * not parse (only possible from tampered storage) lead back to the start.
 */
export function nextUnanswered(answers: PartialAnswers): Step {
  const question = applicableQuestions(answers).find((q) => !isAnswered(answers, q.id))
  if (question) return { kind: 'question', id: question.id }
  return isCompleteAnswers(answers) ? { kind: 'check' } : { kind: 'start' }
}

/**
 * The step after answering `id`: the next applicable question, or straight back to check-your-answers
 * (or on to the next unanswered question) when `returnToCheck` is set. Past the last question with one
 * still unanswered (progress saved before a question was added, or a question skipped with the
 * browser's Forward button), that question comes next, and `fillGaps` says to carry on from there to
 * the next unanswered one rather than through every answered question again.
 */
function stepAfter(id: QuestionId, answers: PartialAnswers, returnToCheck: boolean): { step: Step; fillGaps: boolean } {
  if (returnToCheck) return { step: nextUnanswered(answers), fillGaps: false }
  const remaining = applicableQuestions(answers)
  const index = remaining.findIndex((q) => q.id === id)
  const next = remaining[index + 1]
  if (next) return { step: { kind: 'question', id: next.id }, fillGaps: false }
  const step = nextUnanswered(answers)
  return { step, fillGaps: step.kind === 'question' }
}

/** Keeps only the answers to questions that apply, so a dropped question's old answer cannot linger. */
function withoutInapplicable(answers: PartialAnswers): PartialAnswers {
  return Object.fromEntries(
    Object.entries(answers).filter(([id]) => isQuestionApplicable(id as QuestionId, answers)),
  ) as PartialAnswers
}

export function reduce(state: FlowState, action: FlowAction): FlowState {
  switch (action.type) {
    case 'start':
      return { ...state, step: nextUnanswered(state.answers), returnToCheck: false }
    case 'answer': {
      const answers = withoutInapplicable({ ...state.answers, [action.id]: action.value } as PartialAnswers)
      const { step, fillGaps } = stepAfter(action.id, answers, state.returnToCheck)
      return { answers, step, returnToCheck: step.kind === 'check' ? false : state.returnToCheck || fillGaps }
    }
    case 'change':
      return { ...state, step: { kind: 'question', id: action.id }, returnToCheck: true }
    case 'confirm': {
      if (isCompleteAnswers(state.answers)) return { ...state, step: { kind: 'result' }, returnToCheck: false }
      // A missing answer: ask it, then come back to check-your-answers.
      const step = nextUnanswered(state.answers)
      return { ...state, step, returnToCheck: step.kind === 'question' }
    }
    case 'restart':
      return initialState
    case 'go-to':
      return { ...state, step: reachable(action.step, state.answers) }
    case 'restore':
      return action.state
  }
}

/** A step the answers allow: history can point at a question that no longer applies, or a result not yet earned. */
export function reachable(step: Step, answers: PartialAnswers): Step {
  if (step.kind === 'question' && !isQuestionApplicable(step.id, answers)) return nextUnanswered(answers)
  if ((step.kind === 'check' || step.kind === 'result') && !isCompleteAnswers(answers)) return nextUnanswered(answers)
  return step
}

/** "Question 3 of 12": the position among the questions that apply to these answers. */
export function progress(id: QuestionId, answers: PartialAnswers): { number: number; total: number } {
  const applicable = applicableQuestions(answers)
  return { number: applicable.findIndex((q) => q.id === id) + 1, total: applicable.length }
}

/** The most questions anyone is asked, for "about N questions" on the start page. */
export const maxQuestions = questions.length

export const sameStep = (a: Step, b: Step) =>
  a.kind === b.kind && (a.kind !== 'question' || (b.kind === 'question' && a.id === b.id))
