import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { formatCalendarDate, isCalendarDate } from '@/lib/dates'
import { repoRoot } from '@/tests/support/content'

describe('isCalendarDate', () => {
  it.each([
    '2026-11-20',
    '2024-02-29', // leap year
    '2000-02-29', // divisible by 400: leap
    '2025-01-31',
    '2025-04-30',
    '2025-12-31',
    '1999-01-01',
  ])('accepts %s', (value) => {
    expect(isCalendarDate(value)).toBe(true)
  })

  it.each([
    ['2025-02-29', 'not a leap year'],
    ['1900-02-29', 'divisible by 100 but not 400: not a leap year'],
    ['2025-02-30', 'February never has 30 days'],
    ['2025-04-31', 'April has 30 days'],
    ['2025-13-01', 'month 13'],
    ['2025-00-10', 'month 0'],
    ['2025-01-00', 'day 0'],
    ['2025-01-32', 'day 32'],
    ['2025-1-5', 'not zero-padded'],
    ['25-01-05', 'two-digit year'],
    ['Jan 5 2025', 'words'],
    ['5 January 2025', 'words'],
    ['2025/01/05', 'slashes'],
    ['2025-01-05T00:00:00Z', 'a timestamp, not a date'],
    [' 2025-01-05', 'leading space'],
    ['2025-01-05\n', 'trailing newline'],
    ['', 'empty'],
  ])('rejects %j (%s)', (value) => {
    expect(isCalendarDate(value)).toBe(false)
  })
})

describe('formatCalendarDate', () => {
  afterEach(() => vi.restoreAllMocks())

  it.each([
    ['2026-01-01', '1 January 2026'],
    ['2026-11-20', '20 November 2026'],
    ['2026-12-31', '31 December 2026'],
    ['2024-02-29', '29 February 2024'],
    ['2025-07-04', '4 July 2025'],
  ])('formats %s as "%s"', (value, expected) => {
    expect(formatCalendarDate(value)).toBe(expected)
  })

  it('returns anything that is not YYYY-MM-DD unchanged', () => {
    expect(formatCalendarDate('Jan 5 2025')).toBe('Jan 5 2025')
    expect(formatCalendarDate('2025-1-5')).toBe('2025-1-5')
  })

  it('does no local-time Date work (which would shift dates by a day in some time zones)', () => {
    const localGetters = [
      'getDate',
      'getDay',
      'getMonth',
      'getFullYear',
      'getHours',
      'getTimezoneOffset',
      'toLocaleDateString',
      'toDateString',
    ] as const
    const spies = localGetters.map((name) => vi.spyOn(Date.prototype, name))
    const parse = vi.spyOn(Date, 'parse')
    expect(formatCalendarDate('2026-01-01')).toBe('1 January 2026')
    expect(formatCalendarDate('2026-12-31')).toBe('31 December 2026')
    for (const spy of [...spies, parse]) expect(spy).not.toHaveBeenCalled()
  })

  it('gives the same result in the time zones furthest either side of UTC', () => {
    const script = [
      `import { formatCalendarDate, isCalendarDate } from ${JSON.stringify(join(repoRoot, 'lib', 'dates.ts'))}`,
      `console.log(JSON.stringify([formatCalendarDate('2026-01-01'), formatCalendarDate('2026-12-31'), isCalendarDate('2024-02-29'), isCalendarDate('2025-02-29')]))`,
    ].join('\n')
    for (const tz of ['Pacific/Kiritimati', 'Pacific/Pago_Pago']) {
      const run = spawnSync(join(repoRoot, 'node_modules', '.bin', 'tsx'), ['--input-type=module', '-e', script], {
        cwd: repoRoot,
        env: { ...process.env, TZ: tz },
        encoding: 'utf8',
        timeout: 20_000,
      })
      expect(run.stderr, `TZ=${tz}`).toBe('')
      expect(JSON.parse(run.stdout), `TZ=${tz}`).toEqual(['1 January 2026', '31 December 2026', true, false])
    }
  }, 30_000)
})
