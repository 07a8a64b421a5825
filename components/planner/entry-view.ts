// What the schedule shows of one plan entry, dated or not (the `when` is added by the caller).
import type { PlannerLanguage } from '@/lib/aftercare/language'
import type { PlanEntry } from '@/lib/aftercare/plan'
import { onlyAfterLabel } from '@/lib/aftercare/sessions'
import type { EntryView } from './PlanSchedule'

/** `readMoreTitles`: the heading each readMore lands on, keyed by the same address (lib/aftercare/page-schedule.ts). */
export function entryView(
  entry: PlanEntry,
  readMoreTitles: Record<string, string>,
  language: Pick<PlannerLanguage, 'words'>,
): Omit<EntryView, 'when'> {
  return {
    key: entry.key,
    kind: entry.kind,
    title: entry.title,
    explanation: entry.explanation,
    readMore: entry.readMore,
    readMoreTitle: readMoreTitles[entry.readMore],
    onlyAfter: entry.onlyAfter && onlyAfterLabel(entry.onlyAfter, language),
  }
}
