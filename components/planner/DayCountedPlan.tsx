// The plan in days counted from the session, for every session: what the server renders, and all
// a browser without JavaScript shows.
import { dayLabel, daySpan } from '@/lib/aftercare/days'
import { lowerFirst, say, type PlannerLanguage } from '@/lib/aftercare/language'
import { allowedAgain, byStage, type PlanEntry } from '@/lib/aftercare/plan'
import { AllowedAgainList } from './AllowedAgainList'
import { entryView } from './entry-view'
import { PlanSchedule, type StageNotes } from './PlanSchedule'

type Props = {
  entries: PlanEntry[]
  readMoreTitles: Record<string, string>
  stageNotes?: StageNotes
  language: PlannerLanguage
}

export function DayCountedPlan({ entries, readMoreTitles, stageNotes, language }: Props) {
  const { words } = language
  return (
    <div>
      <p className="mt-6 rounded-md bg-brand-50 p-4">
        {say(language, words.dayZero)} <noscript>{words.noScript}</noscript>
      </p>
      <PlanSchedule
        notes={stageNotes}
        words={words}
        groups={byStage(entries).map(({ stage, entries }) => ({
          stage,
          entries: entries.map((e) => ({
            ...entryView(e, readMoreTitles, language),
            when: daySpan(e.firstDay, e.lastDay, language),
          })),
        }))}
      />
      <AllowedAgainList
        words={words}
        items={allowedAgain(entries).map((a) => ({
          key: a.key,
          label: a.label,
          from: lowerFirst(dayLabel(a.day, language)),
        }))}
      />
    </div>
  )
}
