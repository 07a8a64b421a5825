// Day arithmetic on calendar dates (lib/dates.ts) across month ends, leap days and clock changes.
// `npm run test:timezones` runs this folder with TZ=America/Los_Angeles and again with
// TZ=Asia/Kolkata; the last test also runs the arithmetic in several other zones at once.
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  addDays,
  daysBetween,
  formatLongDate,
  formatShortDate,
  isCalendarDate,
  localCalendarDate,
  type CalendarDate,
} from '@/lib/dates'
import { repoRoot } from '@/tests/support/content'
import { zone } from '@/tests/fixtures/aftercare'

const date = (value: string) => {
  if (!isCalendarDate(value)) throw new Error(`not a date: ${value}`)
  return value
}

// An independent calendar: month lengths and the Gregorian leap-year rule, stepping one day at a time.
const isLeap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
const monthLength = (year: number, month: number) =>
  [31, isLeap(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!
function stepDays(value: CalendarDate, days: number): string {
  let [year, month, day] = value.split('-').map(Number) as [number, number, number]
  for (let i = 0; i < Math.abs(days); i++) {
    if (days > 0) {
      day++
      if (day > monthLength(year, month)) [day, month] = [1, month + 1]
      if (month > 12) [month, year] = [1, year + 1]
    } else {
      day--
      if (day < 1) {
        month--
        if (month < 1) [month, year] = [12, year - 1]
        day = monthLength(year, month)
      }
    }
  }
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

describe(`addDays and daysBetween (TZ ${zone})`, () => {
  it.each([
    ['2025-01-31', 1, '2025-02-01', 'a month end'],
    ['2025-04-30', 1, '2025-05-01', 'a 30-day month end'],
    ['2025-12-29', 5, '2026-01-03', 'a year end'],
    ['2026-01-02', -5, '2025-12-28', 'backwards over a year end'],
    ['2024-02-28', 1, '2024-02-29', 'into a leap day'],
    ['2024-02-29', 1, '2024-03-01', 'out of a leap day'],
    ['2025-02-28', 1, '2025-03-01', 'no leap day in 2025'],
    ['2100-02-28', 1, '2100-03-01', 'no leap day in 2100 (divisible by 100)'],
    ['2000-02-28', 1, '2000-02-29', 'a leap day in 2000 (divisible by 400)'],
    ['2024-03-01', -1, '2024-02-29', 'backwards onto a leap day'],
    ['2024-02-29', 365, '2025-02-28', 'a year after a leap day'],
    ['2025-03-08', 1, '2025-03-09', 'US clocks go forward (9 March 2025)'],
    ['2025-11-01', 2, '2025-11-03', 'US clocks go back (2 November 2025)'],
    ['2025-03-29', 2, '2025-03-31', 'UK clocks go forward (30 March 2025)'],
    ['2025-10-25', 2, '2025-10-27', 'UK clocks go back (26 October 2025)'],
    ['2025-10-04', 2, '2025-10-06', 'Australian clocks go forward (5 October 2025)'],
    ['2025-03-01', 42, '2025-04-12', 'six weeks across the spring clock changes'],
    ['2025-10-20', 42, '2025-12-01', 'six weeks across the autumn clock changes'],
    ['2025-12-01', 0, '2025-12-01', 'zero days'],
  ])('%s + %i days is %s (%s)', (from, days, expected) => {
    expect(addDays(date(from), days)).toBe(expected)
    expect(daysBetween(date(from), date(expected))).toBe(days)
  })

  it('agrees with a day-by-day count for every date from 1999 to 2101 (-14 to +90 days)', () => {
    let day = date('1999-01-01')
    const mismatches: string[] = []
    while (day < '2102-01-01') {
      for (const offset of [-14, -1, 1, 28, 90]) {
        const expected = stepDays(day, offset)
        const actual = addDays(day, offset)
        if (actual !== expected) mismatches.push(`${day} ${offset}: ${actual} ≠ ${expected}`)
      }
      const next = stepDays(day, 1)
      day = date(next)
    }
    expect(mismatches.slice(0, 5)).toEqual([])
  })

  it('always gives a real date written YYYY-MM-DD', () => {
    for (let offset = -400; offset <= 400; offset += 7)
      expect(isCalendarDate(addDays(date('2024-02-29'), offset))).toBe(true)
  })
})

describe(`localCalendarDate: today where the reader is (TZ ${zone})`, () => {
  // What the device's clock says the date is, worked out by Intl rather than by Date's getters.
  const intlDate = (instant: Date) =>
    new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
      instant,
    )

  it.each([
    [2025, 2, 9, 0, 30, 'just after midnight on the day US clocks go forward'],
    [2025, 2, 9, 23, 59, 'just before midnight on that day'],
    [2025, 10, 2, 0, 30, 'the night US clocks go back'],
    [2024, 1, 29, 12, 0, 'a leap day'],
    [2025, 11, 31, 23, 59, 'the last minute of a year'],
  ])('a local time of %i-%i-%i %i:%i is that date (%s)', (year, monthIndex, day, hours, minutes) => {
    const instant = new Date(year, monthIndex, day, hours, minutes)
    expect(localCalendarDate(instant)).toBe(
      `${year}-${String(monthIndex + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
    )
    expect(localCalendarDate(instant)).toBe(intlDate(instant))
  })

  it.each(['2025-12-01T04:30:00Z', '2025-12-01T19:00:00Z', '2025-03-09T10:30:00Z', '2024-02-29T23:30:00Z'])(
    'the instant %s is the date the local clock shows',
    (iso) => {
      expect(localCalendarDate(new Date(iso))).toBe(intlDate(new Date(iso)))
    },
  )
})

describe('formatShortDate and formatLongDate', () => {
  it.each([
    ['2025-12-04', 'Thu 4 Dec', 'Thursday 4 December 2025'],
    ['2025-12-15', 'Mon 15 Dec', 'Monday 15 December 2025'],
    ['2024-02-29', 'Thu 29 Feb', 'Thursday 29 February 2024'],
    ['2026-01-01', 'Thu 1 Jan', 'Thursday 1 January 2026'],
    ['2025-09-07', 'Sun 7 Sep', 'Sunday 7 September 2025'],
  ])('%s is "%s" and "%s"', (value, shortText, longText) => {
    expect(formatShortDate(date(value))).toBe(shortText)
    expect(formatLongDate(date(value))).toBe(longText)
  })

  it('adds the year when asked', () => {
    expect(formatShortDate(date('2026-01-02'), { withYear: true })).toBe('Fri 2 Jan 2026')
  })

  it('names the same weekday as Intl in en-GB, in UTC', () => {
    const weekday = (value: string) =>
      new Intl.DateTimeFormat('en-GB', { weekday: 'short', timeZone: 'UTC' }).format(new Date(`${value}T00:00:00Z`))
    let day = date('2025-01-01')
    for (let i = 0; i < 400; i++, day = addDays(day, 1)) expect(formatShortDate(day).slice(0, 3)).toBe(weekday(day))
  })
})

describe('the same plan dates in every time zone', () => {
  it('gives identical dates and calendar events under zones from UTC-11 to UTC+14, including half-hour offsets', () => {
    const script = [
      `import { addDays, localCalendarDate } from ${JSON.stringify(join(repoRoot, 'lib', 'dates.ts'))}`,
      `import { planFor, dateEntries, allowedAgain, dateAllowedAgain } from ${JSON.stringify(join(repoRoot, 'lib', 'aftercare', 'plan.ts'))}`,
      `import { calendarEvents } from ${JSON.stringify(join(repoRoot, 'lib', 'aftercare', 'calendar-events.ts'))}`,
      `import { schedule, context } from ${JSON.stringify(join(repoRoot, 'tests', 'fixtures', 'aftercare.ts'))}`,
      `import { plannerWords } from ${JSON.stringify(join(repoRoot, 'lib', 'i18n', 'words', 'planner.ts'))}`,
      `const english = { words: plannerWords.en, locale: 'en', digits: 'latin' }`,
      `const out = []`,
      `for (const session of ['2024-02-20', '2025-03-05', '2025-10-24', '2025-12-29']) {`,
      `  const entries = planFor(schedule, '1')`,
      `  out.push(dateEntries(entries, session, '2025-03-09').map((e) => [e.firstDate, e.lastDate, e.status]))`,
      `  out.push(dateAllowedAgain(allowedAgain(entries), session, '2025-03-09').map((a) => a.date))`,
      `  out.push(calendarEvents(entries, session, '1', context, english).map((e) => [e.uid, e.start, e.end]))`,
      `}`,
      `console.log(JSON.stringify(out))`,
    ].join('\n')
    const zones = [
      'America/Los_Angeles',
      'Asia/Kolkata',
      'Europe/London',
      'Australia/Lord_Howe',
      'Pacific/Kiritimati',
      'Pacific/Pago_Pago',
      'America/St_Johns',
    ]
    const outputs = zones.map((tz) => {
      const run = spawnSync(join(repoRoot, 'node_modules', '.bin', 'tsx'), ['--input-type=module', '-e', script], {
        cwd: repoRoot,
        env: { ...process.env, TZ: tz },
        encoding: 'utf8',
        timeout: 20_000,
      })
      expect(run.stderr, `TZ=${tz}`).toBe('')
      return JSON.parse(run.stdout) as unknown
    })
    for (const [index, output] of outputs.entries()) expect(output, `TZ=${zones[index]}`).toEqual(outputs[0])
    // And the dates are the calendar's: 29 Dec 2025 + 5 days is 3 Jan 2026 (the first wash).
    expect(JSON.stringify(outputs[0])).toContain('["2026-01-03","2026-01-03"')
  }, 60_000)
})
