// The patient's own plan, once the browser knows today's date and their session: the form to change
// it, the plan with dates and what is done or due today, the calendar and print buttons, and how to
// forget the saved date.
import type { CalendarContext } from '@/lib/aftercare/calendar-events'
import { dayRangeLabel } from '@/lib/aftercare/days'
import {
  allowedAgain,
  byStage,
  dateAllowedAgain,
  dateEntries,
  dateLabel,
  dateRangeLabel,
  todaySummary,
  type PlanEntry,
} from '@/lib/aftercare/plan'
import { sessionPhrase } from '@/lib/aftercare/sessions'
import type { SessionKind } from '@/lib/aftercare/types'
import { formatLongDate, type CalendarDate } from '@/lib/dates'
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
  const dated = dateEntries(entries, sessionDate, today)
  const lastDay = Math.max(...entries.map((e) => e.lastDay))
  return (
    <div>
      <div className="mt-6">
        <SessionForm
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
            <button type="button" onClick={() => window.print()} className={buttonClass({ size: 'large' }, 'py-2.5')}>
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
            ...entryView(e, readMoreTitles),
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
          <button type="button" onClick={onForget} className={linkClass('strong')}>
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
