// The patient's choice (session date and which session) kept in localStorage on their own device,
// so the plan is there when they come back. Checked by hand on load rather than with zod, to keep
// the planner's JavaScript small: anything unexpected is ignored and the planner starts from today.
import { isCalendarDate, type CalendarDate } from '@/lib/dates'
import { hasOnlyKeys, isRecord } from '@/lib/guards'
import { isSessionKind } from './sessions'
import type { SessionKind } from './types'

export const plannerStorageKey = 'smp-aftercare-planner:v1'

export type SavedChoice = { sessionDate: CalendarDate; session: SessionKind }

export function readSavedChoice(raw: string | null): SavedChoice | undefined {
  if (raw === null) return undefined
  let value: unknown
  try {
    value = JSON.parse(raw)
  } catch {
    return undefined
  }
  if (!isRecord(value) || !hasOnlyKeys(value, ['sessionDate', 'session'])) return undefined
  const { sessionDate, session } = value
  if (typeof sessionDate !== 'string' || !isCalendarDate(sessionDate) || !isSessionKind(session)) return undefined
  return { sessionDate, session }
}

export const serialiseChoice = (choice: SavedChoice) =>
  JSON.stringify({ sessionDate: choice.sessionDate, session: choice.session })
