// When each page is due for its next review, and whether that day has passed. Pure: "today" is a
// parameter. Everything is a calendar date (YYYY-MM-DD, see lib/dates.ts), never an instant, so a
// page is overdue from the same day wherever the build runs.
import { addMonths, daysBetween, isCalendarDate, localCalendarDate, type CalendarDate } from '@/lib/dates'
import { faqReviewIntervalMonths, reviewSoonDays } from './editorial-standards'

export type ReviewStatus = 'invalid-date' | 'overdue' | 'due-soon' | 'ok'

/** What a document says about its reviews. FAQ answers have lastReviewed only. */
export type ReviewedDocument = {
  file: string
  /** The article's title or the FAQ question. */
  label: string
  lastReviewed: string
  nextReviewDue?: string
  /** "Name, role" of the clinician who reviewed it (an article's reviewedBy); FAQ answers have none. */
  clinicalReviewer?: string
}

export type ReviewEntry = ReviewedDocument & {
  /** nextReviewDue, or for an FAQ answer lastReviewed plus the review interval; undefined if a date is not real. */
  due?: CalendarDate
  /** Days from today until the due date: negative once it has passed. */
  daysLeft?: number
  status: ReviewStatus
}

export type FreshnessRules = { faqReviewIntervalMonths: number; reviewSoonDays: number }
const defaultRules: FreshnessRules = { faqReviewIntervalMonths, reviewSoonDays }

// Date arithmetic lives in lib/dates.ts; these two are re-exported for the callers that import them from here.
export { addMonths, daysBetween }

/**
 * Today's calendar date: `override` (CONTENT_TODAY, for tests and for checking ahead) when given,
 * else the local date of `now`. Throws a clear error for an override that is not a real date.
 */
export function resolveToday(override: string | undefined, now: Date): CalendarDate {
  if (override !== undefined && override !== '') {
    if (!isCalendarDate(override))
      throw new Error(`CONTENT_TODAY must be a real date written YYYY-MM-DD (got "${override}")`)
    return override
  }
  return localCalendarDate(now)
}

/** The review state of one document on `today`. */
export function reviewEntry(
  doc: ReviewedDocument,
  today: CalendarDate,
  rules: FreshnessRules = defaultRules,
): ReviewEntry {
  const due =
    doc.nextReviewDue !== undefined
      ? isCalendarDate(doc.nextReviewDue)
        ? doc.nextReviewDue
        : undefined
      : isCalendarDate(doc.lastReviewed)
        ? addMonths(doc.lastReviewed, rules.faqReviewIntervalMonths)
        : undefined
  if (!due) return { ...doc, status: 'invalid-date' }
  const daysLeft = daysBetween(today, due)
  const status: ReviewStatus = daysLeft < 0 ? 'overdue' : daysLeft <= rules.reviewSoonDays ? 'due-soon' : 'ok'
  return { ...doc, due, daysLeft, status }
}

const statusRank: Record<ReviewStatus, number> = { 'invalid-date': 0, overdue: 1, 'due-soon': 2, ok: 3 }

/** Every document's review state, what needs attention first: bad dates, then the longest overdue, then the soonest due. */
export function reviewSchedule(
  docs: ReviewedDocument[],
  today: CalendarDate,
  rules: FreshnessRules = defaultRules,
): ReviewEntry[] {
  return docs
    .map((doc) => reviewEntry(doc, today, rules))
    .sort(
      (a, b) =>
        statusRank[a.status] - statusRank[b.status] ||
        (a.daysLeft ?? 0) - (b.daysLeft ?? 0) ||
        a.file.localeCompare(b.file),
    )
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`

/** The build's warning for a page past its review date, e.g. "content/articles/x.md: review was due on 2026-01-01, 3 days ago". */
export function overdueWarning(entry: ReviewEntry): string {
  const days = -(entry.daysLeft ?? 0)
  return `${entry.file}: review was due on ${entry.due}, ${plural(days, 'day')} ago: check the page, then update lastReviewed${entry.nextReviewDue !== undefined ? ' and nextReviewDue' : ''}`
}

/** The documents no clinician has signed off (no reviewedBy), in file order: checked against their sources only. */
export const withoutClinicalReviewer = <T extends ReviewedDocument>(docs: readonly T[]): T[] =>
  docs.filter((doc) => !doc.clinicalReviewer).sort((a, b) => a.file.localeCompare(b.file))
