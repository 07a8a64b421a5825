// Progress kept in sessionStorage (this tab only, gone when it closes), checked on load:
// data from an older version of the check, or edited by hand, starts the check afresh.
import { z } from 'zod'
import { answersSchema, questions, type QuestionId } from '@/lib/candidacy'
import { initialState, reachable, type FlowState, type Step } from './flow'

export const storageKey = 'smp-self-check:v1'

const questionIds = questions.map((q) => q.id) as [QuestionId, ...QuestionId[]]

const stepSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('start') }),
  z.strictObject({ kind: z.literal('question'), id: z.enum(questionIds) }),
  z.strictObject({ kind: z.literal('check') }),
  z.strictObject({ kind: z.literal('result') }),
])

// Each answer may be missing (not reached yet) but, when present, must pass that question's own
// schema from lib/candidacy: one of its values, and for concerns no repeats and no "none" alongside
// another choice (such a list could never be completed, so it must not be resumed).
const partialAnswersSchema = z.strictObject(
  Object.fromEntries(questions.map((q) => [q.id, answersSchema.shape[q.id].optional()])),
)

const storedSchema = z.strictObject({
  step: stepSchema,
  answers: partialAnswersSchema,
  returnToCheck: z.boolean(),
})

export type RestoreResult = { state: FlowState; notice?: string }

export const staleNotice = 'We could not use the answers saved earlier, so the check has started again.'

/** Reads saved progress; anything unreadable gives a fresh start and a notice, never an error. */
export function restore(raw: string | null): RestoreResult {
  if (raw === null) return { state: initialState }
  let json: unknown
  try {
    json = JSON.parse(raw)
  } catch {
    return { state: initialState, notice: staleNotice }
  }
  const parsed = storedSchema.safeParse(json)
  if (!parsed.success) return { state: initialState, notice: staleNotice }
  const answers = parsed.data.answers as FlowState['answers']
  const step = reachable(parsed.data.step as Step, answers)
  if (step.kind === 'start' && Object.keys(answers).length > 0) return { state: initialState, notice: staleNotice }
  return { state: { step, answers, returnToCheck: parsed.data.returnToCheck } }
}

export const serialise = (state: FlowState) => JSON.stringify(state)
