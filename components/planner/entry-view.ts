// What the schedule shows of one plan entry, dated or not (the `when` is added by the caller).
import type { PlannerLanguage } from '@/lib/aftercare/language'
import { isOngoing, type PlanEntry } from '@/lib/aftercare/plan'
import { onlyAfterLabel } from '@/lib/aftercare/sessions'
import type { EntryView } from './PlanSchedule'

/**
 * `readMoreTitles`: the heading each readMore lands on, keyed by the same address (lib/aftercare/page-schedule.ts).
 * Ongoing care says so on every day, dated or not; a dated plan replaces the status with the day's.
 */
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
    ...(isOngoing(entry) && { ongoing: language.words.ongoingText, status: 'ongoing' as const }),
  }
}
