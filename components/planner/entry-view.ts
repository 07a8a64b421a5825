// What the schedule shows of one plan entry, dated or not (the `when` is added by the caller).
import { onlyAfterLabel } from '@/lib/aftercare/sessions'
import type { PlanEntry } from '@/lib/aftercare/plan'
import type { EntryView } from './PlanSchedule'

export function entryView(entry: PlanEntry, readMoreTitles: Record<string, string>): Omit<EntryView, 'when'> {
  return {
    key: entry.key,
    kind: entry.kind,
    title: entry.title,
    explanation: entry.explanation,
    readMore: entry.readMore,
    readMoreTitle: readMoreTitles[entry.readMore],
    onlyAfter: entry.onlyAfter && onlyAfterLabel(entry.onlyAfter),
  }
}
