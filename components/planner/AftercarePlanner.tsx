'use client'
// The planner island. The server renders the plan in days counted from the session, for every
// session (what a browser without JavaScript shows). After hydration, and only then, it reads
// today's date and any saved choice on this device, and shows the patient's own dated plan: "today"
// is known only in the browser, so the first render must match the server's exactly.
import { useMemo } from 'react'
import type { CalendarContext } from '@/lib/aftercare/calendar-events'
import { planFor } from '@/lib/aftercare/plan'
import type { AftercareSchedule } from '@/lib/aftercare/types'
import { DatedPlan } from './DatedPlan'
import { DayCountedPlan } from './DayCountedPlan'
import type { StageNotes } from './PlanSchedule'
import { usePlannerChoice } from './usePlannerChoice'

export { missingDateMessage } from './usePlannerChoice'

export type PlannerProps = {
  schedule: AftercareSchedule
  /** href → the heading it lands on, for "Read more" link text. */
  readMoreTitles: Record<string, string>
  calendar: CalendarContext
  /** Shown under a stage's heading (rendered on the server and passed in). */
  stageNotes?: StageNotes
}

export function AftercarePlanner({ schedule, readMoreTitles, calendar, stageNotes }: PlannerProps) {
  const { choice, today, forget, ...form } = usePlannerChoice()
  const entries = useMemo(() => planFor(schedule, choice?.session), [schedule, choice?.session])

  // Before hydration, and without JavaScript: days counted from the session.
  if (!choice || !today)
    return <DayCountedPlan entries={entries} readMoreTitles={readMoreTitles} stageNotes={stageNotes} />
  return (
    <DatedPlan
      entries={entries}
      readMoreTitles={readMoreTitles}
      calendar={calendar}
      stageNotes={stageNotes}
      choice={choice}
      today={today}
      onForget={forget}
      {...form}
    />
  )
}
