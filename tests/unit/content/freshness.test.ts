// Review dates with a fixed "today": day counts worked out by hand on a calendar.
import { describe, expect, it } from 'vitest'
import type { CalendarDate } from '@/lib/dates'
import {
  addMonths,
  daysBetween,
  overdueWarning,
  resolveToday,
  reviewEntry,
  reviewSchedule,
  withoutClinicalReviewer,
} from '@/lib/content/freshness'

const rules = { faqReviewIntervalMonths: 12, reviewSoonDays: 30 }
const article = (file: string, nextReviewDue: string, lastReviewed = '2026-01-01') => ({
  file,
  label: file,
  lastReviewed,
  nextReviewDue,
})
const faq = (file: string, lastReviewed: string) => ({ file, label: file, lastReviewed })

describe('daysBetween', () => {
  it.each([
    ['2027-11-20', '2027-12-01', 11],
    ['2023-12-31', '2024-01-01', 1],
    ['2024-02-28', '2024-03-01', 2], // 2024 is a leap year
    ['2025-02-28', '2025-03-01', 1],
    ['2025-03-01', '2025-01-10', -50],
    ['2026-03-29', '2026-03-30', 1], // across a daylight-saving change in Europe: still one day
  ] as const)('%s → %s is %i days', (from, to, days) => {
    expect(daysBetween(from as CalendarDate, to as CalendarDate)).toBe(days)
  })
})

describe('addMonths', () => {
  it.each([
    ['2026-11-20', 12, '2027-11-20'],
    ['2026-12-15', 1, '2027-01-15'],
    ['2026-01-31', 1, '2026-02-28'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2026-05-31', 6, '2026-11-30'],
  ] as const)('%s + %i months is %s', (date, months, expected) => {
    expect(addMonths(date as CalendarDate, months)).toBe(expected)
  })
})

describe('resolveToday', () => {
  it('uses CONTENT_TODAY when it is a real date', () => {
    expect(resolveToday('2030-01-01', new Date(2026, 10, 21))).toBe('2030-01-01')
  })

  it('refuses an override that is not a real date, saying what to write', () => {
    expect(() => resolveToday('2030-02-30', new Date())).toThrow(
      'CONTENT_TODAY must be a real date written YYYY-MM-DD (got "2030-02-30")',
    )
    expect(() => resolveToday('1 Jan 2030', new Date())).toThrow('CONTENT_TODAY must be a real date')
  })

  it('otherwise takes the local calendar date, late in the evening as early in the morning', () => {
    expect(resolveToday(undefined, new Date(2026, 0, 5, 0, 1))).toBe('2026-01-05')
    expect(resolveToday('', new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05')
  })
})

describe('reviewEntry', () => {
  const today = '2027-12-01' as CalendarDate

  it.each([
    ['2027-11-20', 'overdue', -11],
    ['2027-11-30', 'overdue', -1],
    ['2027-12-01', 'due-soon', 0],
    ['2027-12-31', 'due-soon', 30],
    ['2028-01-01', 'ok', 31],
  ] as const)('an article due %s is %s (%i days left)', (due, status, daysLeft) => {
    expect(reviewEntry(article('a.md', due), today, rules)).toMatchObject({ due, status, daysLeft })
  })

  it("dates an FAQ answer's review from lastReviewed plus the interval", () => {
    expect(reviewEntry(faq('q.md', '2026-11-20'), today, rules)).toMatchObject({
      due: '2027-11-20',
      status: 'overdue',
      daysLeft: -11,
    })
    expect(reviewEntry(faq('q.md', '2026-11-20'), today, { ...rules, faqReviewIntervalMonths: 24 })).toMatchObject({
      due: '2028-11-20',
      status: 'ok',
    })
  })

  it('reports a date that is not real as invalid, not as on time', () => {
    const entry = reviewEntry(article('a.md', '2027-02-30'), today, rules)
    expect(entry.status).toBe('invalid-date')
    expect(entry.due).toBeUndefined()
    expect(reviewEntry(faq('q.md', ''), today, rules)).toMatchObject({ status: 'invalid-date' })
  })

  it('uses the "due soon" window it is given', () => {
    expect(reviewEntry(article('a.md', '2027-12-08'), today, { ...rules, reviewSoonDays: 6 }).status).toBe('ok')
    expect(reviewEntry(article('a.md', '2027-12-08'), today, { ...rules, reviewSoonDays: 7 }).status).toBe('due-soon')
  })
})

describe('reviewSchedule', () => {
  it('lists invalid dates first, then the longest overdue, then the soonest due', () => {
    const entries = reviewSchedule(
      [
        article('later.md', '2028-06-01'),
        article('soon.md', '2027-12-10'),
        faq('faq-overdue.md', '2026-11-02'), // due 2027-11-02, 29 days ago
        article('bad.md', 'soon'),
        article('just-overdue.md', '2027-11-30'),
        article('b-tie.md', '2028-06-01'),
      ],
      '2027-12-01' as CalendarDate,
      rules,
    )
    expect(entries.map((e) => [e.file, e.status])).toEqual([
      ['bad.md', 'invalid-date'],
      ['faq-overdue.md', 'overdue'],
      ['just-overdue.md', 'overdue'],
      ['soon.md', 'due-soon'],
      ['b-tie.md', 'ok'],
      ['later.md', 'ok'],
    ])
  })
})

describe('overdueWarning', () => {
  it('names the file, the due date and how many days ago, and what to update', () => {
    const today = '2025-03-01' as CalendarDate
    expect(overdueWarning(reviewEntry(article('content/articles/x.md', '2025-01-10'), today, rules))).toBe(
      'content/articles/x.md: review was due on 2025-01-10, 50 days ago: check the page, then update lastReviewed and nextReviewDue',
    )
    expect(overdueWarning(reviewEntry(faq('content/faq/q.md', '2024-02-29'), today, rules))).toBe(
      'content/faq/q.md: review was due on 2025-02-28, 1 day ago: check the page, then update lastReviewed',
    )
  })
})

describe('withoutClinicalReviewer', () => {
  it('lists the documents no clinician has signed off, in file order, and leaves out a reviewed one', () => {
    const reviewed = {
      ...article('content/articles/a.md', '2027-01-01'),
      clinicalReviewer: 'Dr A. Example, Dermatologist',
    }
    const docs = [faq('content/faq/z.md', '2026-01-01'), reviewed, article('content/articles/b.md', '2027-01-01')]
    expect(withoutClinicalReviewer(docs).map((doc) => doc.file)).toEqual(['content/articles/b.md', 'content/faq/z.md'])
  })
})
