'use client'
// The planner island. The server renders the plan in days counted from the session, for every
// session (what a browser without JavaScript shows). After hydration, and only then, it reads
// today's date and any saved choice on this device, and shows the patient's own dated plan: "today"
// is known only in the browser, so the first render must match the server's exactly.
import { useCallback, useEffect, useMemo, useState } from 'react'
import type { CalendarContext } from '@/lib/aftercare/calendar-events'
import { dayLabel, dayRangeLabel } from '@/lib/aftercare/days'
import {
  allowedAgain,
  byStage,
  dateAllowedAgain,
  dateEntries,
  dateLabel,
  dateRangeLabel,
  planFor,
  todaySummary,
  type PlanEntry,
} from '@/lib/aftercare/plan'
import { onlyAfterLabel, sessionPhrase } from '@/lib/aftercare/sessions'
import { plannerStorageKey, readSavedChoice, serialiseChoice } from '@/lib/aftercare/storage'
import type { AftercareSchedule, SessionKind } from '@/lib/aftercare/types'
import { formatLongDate, isCalendarDate, localCalendarDate, type CalendarDate } from '@/lib/dates'
import { AllowedAgainList } from './AllowedAgainList'
import { CalendarButton } from './CalendarButton'
import { PlanSchedule, type EntryView, type StageNotes } from './PlanSchedule'
import { SessionForm } from './SessionForm'

export type PlannerProps = {
  schedule: AftercareSchedule
  /** href → the heading it lands on, for "Read more" link text. */
  readMoreTitles: Record<string, string>
  calendar: CalendarContext
  /** Shown under a stage's heading (rendered on the server and passed in). */
  stageNotes?: StageNotes
}

type Choice = { sessionDate: CalendarDate; session: SessionKind }

export const missingDateMessage = 'Enter the full date of your session: day, month and year.'

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

export function AftercarePlanner({ schedule, readMoreTitles, calendar, stageNotes }: PlannerProps) {
  const [today, setToday] = useState<CalendarDate>()
  const [choice, setChoice] = useState<Choice>()
  const [dateInput, setDateInput] = useState('')
  const [dateError, setDateError] = useState<string>()
  const [notice, setNotice] = useState('')

  useEffect(() => {
    const now = localCalendarDate()
    const saved = readSavedChoice(load())
    const start = saved ?? { sessionDate: now, session: '1' as const }
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
  const onDateBlur = () => setDateError(isCalendarDate(dateInput) ? undefined : missingDateMessage)
  const onSession = (session: SessionKind) => choice && update({ ...choice, session })
  const forget = () => {
    save(undefined)
    const fresh = { sessionDate: today ?? localCalendarDate(), session: '1' as const }
    setChoice(fresh)
    setDateInput(fresh.sessionDate)
    setDateError(undefined)
    setNotice('Your date is no longer saved on this device.')
  }

  const entries = useMemo(() => planFor(schedule, choice?.session), [schedule, choice?.session])
  const view = (entry: PlanEntry): Omit<EntryView, 'when'> => ({
    key: entry.key,
    kind: entry.kind,
    title: entry.title,
    explanation: entry.explanation,
    readMore: entry.readMore,
    readMoreTitle: readMoreTitles[entry.readMore],
    onlyAfter: entry.onlyAfter && onlyAfterLabel(entry.onlyAfter),
  })

  // Before hydration, and without JavaScript: days counted from the session.
  if (!choice || !today) {
    return (
      <div>
        <p className="mt-6 rounded-md bg-brand-50 p-4">
          Day 0 is the day of your session.{' '}
          <noscript>Turn on JavaScript to see the plan with your own dates and add them to your calendar.</noscript>
        </p>
        <PlanSchedule
          notes={stageNotes}
          groups={byStage(entries).map(({ stage, entries }) => ({ stage, entries: entries.map((e) => ({ ...view(e), when: dayRangeLabel(e.firstDay, e.lastDay) })) }))}
        />
        <AllowedAgainList items={allowedAgain(entries).map((a) => ({ key: a.key, label: a.label, from: dayLabel(a.day).toLowerCase() }))} />
      </div>
    )
  }

  const { sessionDate, session } = choice
  const dated = dateEntries(entries, sessionDate, today)
  const lastDay = Math.max(...entries.map((e) => e.lastDay))
  return (
    <div>
      <div className="mt-6">
        <SessionForm dateInput={dateInput} session={session} error={dateError} onDateInput={onDateInput} onDateBlur={onDateBlur} onSession={onSession} />
      </div>
      <div role="status" className="mt-6 border-l-4 border-brand-700 pl-4">
        <p className="text-lg font-semibold">
          Your plan for {sessionPhrase(session)} on {formatLongDate(sessionDate)}
        </p>
        <p className="no-print">{todaySummary(sessionDate, today, lastDay)}</p>
      </div>
      <div className="no-print mt-6">
        <CalendarButton
          entries={entries}
          sessionDate={sessionDate}
          session={session}
          context={calendar}
          beside={
            <button
              type="button"
              onClick={() => window.print()}
              className="rounded-md border-2 border-brand-700 bg-white px-5 py-2.5 font-semibold text-brand-800 hover:bg-brand-50"
            >
              Print this plan
            </button>
          }
        />
      </div>
      <PlanSchedule
        notes={stageNotes}
        groups={byStage(dated).map(({ stage, entries }) => ({
          stage,
          entries: entries.map((e) => ({
            ...view(e),
            when: dateRangeLabel(e.firstDate, e.lastDate, sessionDate),
            days: dayRangeLabel(e.firstDay, e.lastDay),
            status: e.status,
          })),
        }))}
      />
      <AllowedAgainList
        items={dateAllowedAgain(allowedAgain(entries), sessionDate, today).map((a) => ({
          key: a.key,
          label: a.label,
          from: dateLabel(a.date, sessionDate),
          status: a.status,
        }))}
      />
      <div className="no-print mt-8 text-sm text-muted">
        <p>
          The date you choose is kept only in this browser, on this device, so your plan is here when you come back.
          Nothing you enter is sent to us or anyone else.{' '}
          <button type="button" onClick={forget} className="font-semibold text-brand-800 underline">
            Forget my date
          </button>
        </p>
        <p role="status" className="mt-1 font-semibold">
          {notice}
        </p>
      </div>
    </div>
  )
}
