// The patient's choice (session date and which session) and today's date, in the browser only:
// read after hydration from the device's clock and localStorage, kept there on every change, and
// forgotten on request. Until then `choice` and `today` are undefined, as on the server.
import { useCallback, useEffect, useState } from 'react'
import { plannerStorageKey, readSavedChoice, serialiseChoice, type SavedChoice } from '@/lib/aftercare/storage'
import type { SessionKind } from '@/lib/aftercare/types'
import { isCalendarDate, localCalendarDate, type CalendarDate } from '@/lib/dates'
import type { PlannerWords } from '@/lib/i18n/words/planner'

export type Choice = SavedChoice

// Storage can be switched off or full; the planner then simply does not remember.
function load(): string | null {
  try {
    return localStorage.getItem(plannerStorageKey)
  } catch {
    return null
  }
}
function save(choice: Choice | undefined) {
  try {
    if (choice) localStorage.setItem(plannerStorageKey, serialiseChoice(choice))
    else localStorage.removeItem(plannerStorageKey)
  } catch {
    // see load()
  }
}

/** The saved choice is the same in every language (a date and a session), so one store serves them all. */
export function usePlannerChoice(words: Pick<PlannerWords, 'missingDate' | 'dateForgotten'>) {
  const [today, setToday] = useState<CalendarDate>()
  const [choice, setChoice] = useState<Choice>()
  const [dateInput, setDateInput] = useState('')
  const [dateError, setDateError] = useState<string>()
  const [notice, setNotice] = useState('')

  useEffect(() => {
    const now = localCalendarDate()
    const saved = readSavedChoice(load())
    const start = saved ?? { sessionDate: now, session: '1' as const }
    // Today's date and the saved choice are only known in the browser, after hydration.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setToday(now)
    setChoice(start)
    setDateInput(start.sessionDate)
    // A tab left open overnight should move "today" on when the patient comes back to it.
    const refresh = () => document.visibilityState === 'visible' && setToday(localCalendarDate())
    document.addEventListener('visibilitychange', refresh)
    return () => document.removeEventListener('visibilitychange', refresh)
  }, [])

  const update = useCallback((next: Choice) => {
    setChoice(next)
    setNotice('')
    save(next)
  }, [])

  const onDateInput = (value: string) => {
    setDateInput(value)
    // The date input gives "" until day, month and year are all filled in; keep the last plan until then.
    if (isCalendarDate(value) && choice) {
      setDateError(undefined)
      update({ ...choice, sessionDate: value })
    }
  }
  const onDateBlur = () => setDateError(isCalendarDate(dateInput) ? undefined : words.missingDate)
  const onSession = (session: SessionKind) => choice && update({ ...choice, session })
  const forget = () => {
    save(undefined)
    const fresh = { sessionDate: today ?? localCalendarDate(), session: '1' as const }
    setChoice(fresh)
    setDateInput(fresh.sessionDate)
    setDateError(undefined)
    setNotice(words.dateForgotten)
  }

  return { today, choice, dateInput, dateError, notice, onDateInput, onDateBlur, onSession, forget }
}

export type PlannerChoice = ReturnType<typeof usePlannerChoice>
