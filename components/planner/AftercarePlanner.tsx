// The planner island. The server renders the plan in days counted from the session, for every
// session (what a browser without JavaScript shows). After hydration, and only then, it reads
// today's date and any saved choice on this device, and shows the patient's own dated plan: "today"
// is known only in the browser, so the first render must match the server's exactly.
// Its words come in as a prop, one language's only (lib/i18n/words/planner.ts, picked by the page).
import { useMemo } from 'react'
import type { CalendarContext } from '@/lib/aftercare/calendar-events'
import type { PlannerLanguage } from '@/lib/aftercare/language'
import { planFor } from '@/lib/aftercare/plan'
import type { AftercareSchedule } from '@/lib/aftercare/types'
import type { Digits } from '@/lib/i18n/digits'
import type { Locale } from '@/lib/i18n/locales'
import type { PlannerWords } from '@/lib/i18n/words/planner'
import { DatedPlan } from './DatedPlan'
import { DayCountedPlan } from './DayCountedPlan'
import type { StageNotes } from './PlanSchedule'
import { usePlannerChoice } from './usePlannerChoice'

export type PlannerProps = {
  /** The schedule in the page's language, its links to that language's pages (scheduleForPage). */
  schedule: AftercareSchedule
  /** readMore href → the heading it lands on, for "Read more" link texts (titlesForPage). */
  readMoreTitles: Record<string, string>
  calendar: CalendarContext
  /** Shown under a stage's heading (rendered on the server and passed in). */
  stageNotes?: StageNotes
  /** plannerWords[locale]: plain strings, so no other language's words reach the browser. */
  words: PlannerWords
  /** Month and weekday names, and the calendar file's language. */
  locale: Locale
  /** How numbers are written: getContent(locale).digits. */
  digits: Digits
}

export function AftercarePlanner({
  schedule,
  readMoreTitles,
  calendar,
  stageNotes,
  words,
  locale,
  digits,
}: PlannerProps) {
  const language = useMemo<PlannerLanguage>(() => ({ words, locale, digits }), [words, locale, digits])
  const { choice, today, forget, ...form } = usePlannerChoice(words)
  const entries = useMemo(() => planFor(schedule, choice?.session), [schedule, choice?.session])

  // Before hydration, and without JavaScript: days counted from the session.
  if (!choice || !today)
    return (
      <DayCountedPlan entries={entries} readMoreTitles={readMoreTitles} stageNotes={stageNotes} language={language} />
    )
  return (
    <DatedPlan
      entries={entries}
      readMoreTitles={readMoreTitles}
      calendar={calendar}
      stageNotes={stageNotes}
      language={language}
      choice={choice}
      today={today}
      onForget={forget}
      {...form}
    />
  )
}
