// Progress kept in sessionStorage (this tab only, gone when it closes), checked on load: data edited
// by hand, or that no version of the check could have written, starts the check afresh. Answers saved
// by an older version that lack a question added since (hairLossSigns in contract version 2, causeKnown in
// version 3) are kept, and the check asks the missing question, with the `missingAnswer` notice, before going on.
// So the key and the stored shape stay the same from version to version. Answers are stored as language-neutral ids, so
// one store serves every language: a patient who switches language mid-check carries on where they were.
import { applicableQuestions } from '@/lib/candidacy/applicability'
import { isPartialAnswers, isQuestionId } from '@/lib/candidacy/check'
import type { PartialAnswers, QuestionId } from '@/lib/candidacy'
import { hasOnlyKeys, isRecord } from '@/lib/guards'
import { initialState, nextUnanswered, reachable, type FlowState, type Step } from './flow'

export const storageKey = 'smp-self-check:v1'

// Checked by hand rather than with zod, which would more than double the page's JavaScript
// (see lib/candidacy/check.ts). Unknown keys are rejected everywhere, as a strict schema would.

function isStep(value: unknown): value is Step {
  if (!isRecord(value)) return false
  if (value.kind === 'question') return hasOnlyKeys(value, ['kind', 'id']) && isQuestionId(value.id)
  return (value.kind === 'start' || value.kind === 'check' || value.kind === 'result') && hasOnlyKeys(value, ['kind'])
}

// Each answer may be missing (not reached yet) but, when present, must be one that `answersSchema`
// accepts: one of the question's values, and for concerns no repeats and no "none" alongside
// another choice (such a list could never be completed, so it must not be resumed).
function isStored(value: unknown): value is FlowState {
  return (
    isRecord(value) &&
    hasOnlyKeys(value, ['step', 'answers', 'returnToCheck']) &&
    isStep(value.step) &&
    isPartialAnswers(value.answers) &&
    typeof value.returnToCheck === 'boolean'
  )
}

/**
 * Which notice to show after reading progress back; its words are per language (`notices` in
 * lib/i18n/words/self-check.ts). stale: nothing could be used, the check starts again. missingAnswer:
 * the answers were kept, but a question still needs one.
 */
export type Notice = 'stale' | 'missingAnswer'

export type RestoreResult = { state: FlowState; notice?: Notice }

/** True when `step` comes after the question `gap` (check-your-answers and the result come after all of them). */
function isPast(step: Step, gap: QuestionId, answers: PartialAnswers): boolean {
  if (step.kind === 'check' || step.kind === 'result') return true
  if (step.kind !== 'question') return false
  const ids = applicableQuestions(answers).map((q) => q.id)
  return ids.indexOf(step.id) > ids.indexOf(gap)
}

/** Reads saved progress; anything unreadable gives a fresh start and a notice, never an error. */
export function restore(raw: string | null): RestoreResult {
  if (raw === null) return { state: initialState }
  let json: unknown
  try {
    json = JSON.parse(raw)
  } catch {
    return { state: initialState, notice: 'stale' }
  }
  if (!isStored(json)) return { state: initialState, notice: 'stale' }
  const { answers, returnToCheck } = json
  // A question left unanswered behind the saved step (e.g. one added since): ask it, then carry on.
  const gap = nextUnanswered(answers)
  if (Object.keys(answers).length > 0 && gap.kind === 'question' && isPast(json.step, gap.id, answers)) {
    return { state: { step: gap, answers, returnToCheck: true }, notice: 'missingAnswer' }
  }
  const step = reachable(json.step, answers)
  if (step.kind === 'start' && Object.keys(answers).length > 0) return { state: initialState, notice: 'stale' }
  return { state: { step, answers, returnToCheck } }
}

export const serialise = (state: FlowState) => JSON.stringify(state)
