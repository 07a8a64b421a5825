// The patient's own plan, once the browser knows today's date and their session: the form to change
// it, the plan with dates and what is done or due today, the calendar and print buttons, and how to
// forget the saved date.
import type { CalendarContext } from '@/lib/aftercare/calendar-events'
import { dayRangeLabel } from '@/lib/aftercare/days'
import { dateStyle, type PlannerLanguage } from '@/lib/aftercare/language'
import {
  allowedAgain,
  byStage,
  dateAllowedAgain,
  dateEntries,
  dateLabel,
  entryDateSpan,
  isOngoing,
  planEndDay,
  todaySummary,
  type PlanEntry,
} from '@/lib/aftercare/plan'
import { daysBefore, type SessionKind } from '@/lib/aftercare/types'
import { formatLongDate, type CalendarDate } from '@/lib/dates'
import { fill } from '@/lib/i18n/fill'
import { AllowedAgainList } from './AllowedAgainList'
import { CalendarButton } from './CalendarButton'
import { entryView } from './entry-view'
import { PlanSchedule, type StageNotes } from './PlanSchedule'
import { SessionForm } from './SessionForm'
import type { Choice } from './usePlannerChoice'
import { buttonClass, linkClass } from '@/components/ui/classes'

type Props = {
  entries: PlanEntry[]
  readMoreTitles: Record<string, string>
  calendar: CalendarContext
  stageNotes?: StageNotes
  language: PlannerLanguage
  choice: Choice
  today: CalendarDate
  dateInput: string
  dateError?: string
  notice: string
  onDateInput: (value: string) => void
  onDateBlur: () => void
  onSession: (session: SessionKind) => void
  onForget: () => void
}

export function DatedPlan({
  entries,
  readMoreTitles,
  calendar,
  stageNotes,
  language,
  choice,
  today,
  dateInput,
  dateError,
  notice,
  onDateInput,
  onDateBlur,
  onSession,
  onForget,
}: Props) {
  const { sessionDate, session } = choice
  const { words } = language
  const dated = dateEntries(entries, sessionDate, today)
  return (
    <div>
      <div className="mt-6">
        <SessionForm
          words={words}
          dateInput={dateInput}
          session={session}
          error={dateError}
          onDateInput={onDateInput}
          onDateBlur={onDateBlur}
          onSession={onSession}
        />
      </div>
      <div role="status" className="mt-6 border-l-4 border-brand-700 pl-4">
        <p className="text-lg font-semibold">
          {fill(words.planFor, {
            session: words.sessionPhrases[session],
            date: formatLongDate(sessionDate, dateStyle(language)),
          })}
        </p>
        <p className="no-print">{todaySummary(sessionDate, today, planEndDay(entries), language)}</p>
      </div>
      <div className="no-print mt-6">
        <CalendarButton
          entries={entries}
          sessionDate={sessionDate}
          session={session}
          context={calendar}
          language={language}
          beside={
            <button type="button" onClick={() => window.print()} className={buttonClass({ size: 'large' }, 'py-2.5')}>
              {words.printPlan}
            </button>
          }
        />
      </div>
      <PlanSchedule
        notes={stageNotes}
        words={words}
        groups={byStage(dated).map(({ stage, entries }) => ({
          stage,
          entries: entries.map((e) => ({
            ...entryView(e, readMoreTitles, language),
            when: entryDateSpan(e, sessionDate, language),
            // The days as well, where there are numbers: "in the days before" is in the date span, and
            // ongoing care says how long it lasts instead.
            days:
              e.firstDay === daysBefore || isOngoing(e) ? undefined : dayRangeLabel(e.firstDay, e.lastDay, language),
            status: e.status,
          })),
        }))}
      />
      <AllowedAgainList
        words={words}
        items={dateAllowedAgain(allowedAgain(entries), sessionDate, today).map((a) => ({
          key: a.key,
          label: a.label,
          from: dateLabel(a.date, sessionDate, language),
          status: a.status,
        }))}
      />
      <div className="no-print mt-8 text-sm text-muted">
        <p>
          {words.storageNote}{' '}
          <button type="button" onClick={onForget} className={linkClass('strong')}>
            {words.forgetDate}
          </button>
        </p>
        <p role="status" className="mt-1 font-semibold">
          {notice}
        </p>
      </div>
    </div>
  )
}
