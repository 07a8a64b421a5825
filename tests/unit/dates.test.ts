// lib/dates.ts, month arithmetic (moved here from lib/content/freshness.ts, which re-exports it).
// Parsing, day arithmetic and formatting are tested in tests/unit/aftercare/dates.test.ts (run in
// several time zones by test:timezones) and tests/unit/content/dates.test.ts.
import { describe, expect, it } from 'vitest'
import * as freshness from '@/lib/content/freshness'
import { addDays, addMonths, daysBetween, type CalendarDate } from '@/lib/dates'

describe('addMonths', () => {
  it.each([
    ['2026-01-15', 1, '2026-02-15'],
    ['2026-01-31', 1, '2026-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2026-11-30', 2, '2027-01-30'],
    ['2026-03-31', -1, '2026-02-28'],
    ['2026-01-10', -13, '2024-12-10'],
    ['2026-05-05', 0, '2026-05-05'],
  ] as [CalendarDate, number, CalendarDate][])('%s plus %i months is %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected)
  })
})

describe('one module for date arithmetic', () => {
  it('is what freshness.ts offers too', () => {
    expect(freshness.addMonths).toBe(addMonths)
    expect(freshness.daysBetween).toBe(daysBetween)
  })

  it('counts days and adds them consistently', () => {
    expect(daysBetween('2026-01-31', addMonths('2026-01-31', 1))).toBe(28)
    expect(addDays('2026-01-31', daysBetween('2026-01-31', '2026-03-01'))).toBe('2026-03-01')
  })
})
