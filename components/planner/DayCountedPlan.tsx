// The plan in days counted from the session, for every session: what the server renders, and all
// a browser without JavaScript shows.
import { dayLabel, dayRangeLabel } from '@/lib/aftercare/days'
import { allowedAgain, byStage, type PlanEntry } from '@/lib/aftercare/plan'
import { AllowedAgainList } from './AllowedAgainList'
import { entryView } from './entry-view'
import { PlanSchedule, type StageNotes } from './PlanSchedule'

type Props = { entries: PlanEntry[]; readMoreTitles: Record<string, string>; stageNotes?: StageNotes }

export function DayCountedPlan({ entries, readMoreTitles, stageNotes }: Props) {
  return (
    <div>
      <p className="mt-6 rounded-md bg-brand-50 p-4">
        Day 0 is the day of your session.{' '}
        <noscript>Turn on JavaScript to see the plan with your own dates and add them to your calendar.</noscript>
      </p>
      <PlanSchedule
        notes={stageNotes}
        groups={byStage(entries).map(({ stage, entries }) => ({
          stage,
          entries: entries.map((e) => ({
            ...entryView(e, readMoreTitles),
            when: dayRangeLabel(e.firstDay, e.lastDay),
          })),
        }))}
      />
      <AllowedAgainList
        items={allowedAgain(entries).map((a) => ({ key: a.key, label: a.label, from: dayLabel(a.day).toLowerCase() }))}
      />
    </div>
  )
}
