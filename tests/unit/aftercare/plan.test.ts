import { describe, expect, it } from 'vitest'
import { dayLabel, dayRangeLabel, daySpan } from '@/lib/aftercare/days'
import {
  allowedAgain,
  byStage,
  dateAllowedAgain,
  dateEntries,
  dateRangeLabel,
  dateSpan,
  entryDateSpan,
  planEndDay,
  planFor,
  stageOf,
  statusOf,
  todaySummary,
} from '@/lib/aftercare/plan'
import { nextSessionAfter, onlyAfterLabel } from '@/lib/aftercare/sessions'
import { sessionKinds, type AftercareSchedule } from '@/lib/aftercare/types'
import { isCalendarDate, type CalendarDate } from '@/lib/dates'
import { schedule, zone } from '@/tests/fixtures/aftercare'
import { english, hindi, hindiDevanagari, hindiSchedule } from './languages'

const date = (value: string): CalendarDate => {
  if (!isCalendarDate(value)) throw new Error(`not a date: ${value}`)
  return value
}
const titles = (entries: { title: string }[]) => entries.map((entry) => entry.title)

describe('day labels without a date', () => {
  it.each([
    [0, 'Day 0'],
    [5, 'Day 5'],
    [-1, 'The day before'],
    [-3, '3 days before'],
  ])('day %i is "%s"', (day, label) => {
    expect(dayLabel(day, english)).toBe(label)
  })

  it.each([
    ['days-before', -1, 'In the days before'],
    ['days-before', 0, 'In the days before, up to day 0'],
    [0, 'ongoing', 'From day 0'],
    [5, 5, 'Day 5'],
    [1, 3, 'Days 1 to 3'],
    [0, 10, 'Days 0 to 10'],
    [-7, -1, '7 days before to the day before'],
    [-3, 0, '3 days before to day 0'],
    [-3, -3, '3 days before'],
  ] as const)('days %s to %s are "%s"', (first, last, label) => {
    expect(dayRangeLabel(first, last, english)).toBe(label)
  })
})

describe('planFor', () => {
  it("puts the items in day order; items that start on the same day keep the editor's order", () => {
    const plan = planFor(schedule, '3')
    // "In the days before" comes before any day; ongoing care after any last day that starts the same day.
    const order = (day: number | string) => (day === 'days-before' ? -Infinity : day === 'ongoing' ? Infinity : +day)
    expect(plan.map((entry) => [entry.firstDay, entry.lastDay])).toEqual(
      [...plan.map((e) => [e.firstDay, e.lastDay])].sort(
        (a, b) => order(a[0]!) - order(b[0]!) || order(a[1]!) - order(b[1]!),
      ),
    )
    expect(plan.filter((e) => e.firstDay === 0 && e.lastDay !== 0).at(-1)?.title).toBe('Scratching and picking')
    expect(titles(plan.filter((entry) => entry.firstDay === 0 && entry.lastDay === 0))).toEqual([
      'Eat before you go',
      'Your session',
    ])
    expect(plan[0]?.title).toBe('Keep your scalp healthy')
  })

  it('adds the next session after a first or second session, on the day the setting gives', () => {
    expect(planFor(schedule, '1').find((e) => e.key === 'next-session')).toMatchObject({
      title: 'Your second session',
      firstDay: 28,
      lastDay: 28,
      kind: 'milestone',
    })
    expect(planFor(schedule, '2').find((e) => e.key === 'next-session')?.title).toBe(
      'Your third session, if you need one',
    )
    expect(planFor(schedule, '3').find((e) => e.key === 'next-session')).toBeUndefined()
    expect(planFor(schedule, 'touch-up').find((e) => e.key === 'next-session')).toBeUndefined()
    const sixWeeks: AftercareSchedule = { ...schedule, nextSession: { ...schedule.nextSession, afterWeeks: 6 } }
    expect(planFor(sixWeeks, '1').find((e) => e.key === 'next-session')?.firstDay).toBe(42)
    expect(nextSessionAfter('1', sixWeeks.nextSession)?.day).toBe(42)
  })

  it('keeps session-only items to their sessions', () => {
    for (const session of sessionKinds) {
      const plan = titles(planFor(schedule, session))
      const early = session === '1' || session === '2'
      expect(plan.includes('The dots settle'), session).toBe(early)
      expect(plan.includes('Your final look settles'), session).toBe(!early)
      expect(plan, session).toContain('Your session')
    }
  })

  it('without a session, lists everything and marks what is only for some sessions', () => {
    const plan = planFor(schedule)
    expect(plan.find((e) => e.title === 'The dots settle')?.onlyAfter).toEqual(['1', '2'])
    expect(plan.find((e) => e.title === 'Your session')?.onlyAfter).toBeUndefined()
    expect(plan.filter((e) => e.key.startsWith('next-session')).map((e) => [e.title, e.onlyAfter])).toEqual([
      ['Your second session', ['1']],
      ['Your third session, if you need one', ['2']],
    ])
    expect(new Set(plan.map((e) => e.key)).size).toBe(plan.length)
  })

  it('gives each entry a key from its title, unique even when two titles make the same key', () => {
    const clash: AftercareSchedule = {
      ...schedule,
      items: [schedule.items[1]!, { ...schedule.items[1]!, title: 'Eat before you go!' }],
    }
    expect(planFor(clash, '3').map((e) => e.key)).toEqual(['eat-before-you-go', 'eat-before-you-go-2'])
  })

  it('labels session-only entries in words', () => {
    expect(onlyAfterLabel(['1', '2'], english)).toBe('Only after your first or second session')
    expect(onlyAfterLabel(['3', 'touch-up'], english)).toBe('Only after your third or touch-up session')
    expect(onlyAfterLabel(['1'], english)).toBe('Only after your first session')
  })
})

describe('stages', () => {
  it('puts items before the session, on the day, or after', () => {
    expect(stageOf({ firstDay: -3, lastDay: 0 })).toBe('before')
    expect(stageOf({ firstDay: 0, lastDay: 0 })).toBe('session-day')
    expect(stageOf({ firstDay: 0, lastDay: 10 })).toBe('after')
    expect(stageOf({ firstDay: 5, lastDay: 5 })).toBe('after')
    expect(stageOf({ firstDay: 'days-before', lastDay: -1 })).toBe('before')
    expect(stageOf({ firstDay: 0, lastDay: 'ongoing' })).toBe('after')
    const groups = byStage(planFor(schedule, '1'))
    expect(groups.map((g) => g.stage)).toEqual(['before', 'session-day', 'after'])
    expect(groups.flatMap((g) => g.entries)).toHaveLength(planFor(schedule, '1').length)
  })

  it('leaves out a stage with nothing in it', () => {
    const afterOnly: AftercareSchedule = {
      ...schedule,
      items: schedule.items.filter((item) => typeof item.firstDay === 'number' && item.firstDay > 0),
    }
    expect(byStage(planFor(afterOnly, '3')).map((g) => g.stage)).toEqual(['after'])
  })
})

describe('allowedAgain', () => {
  it('is the day after each avoid item that says so, earliest first', () => {
    expect(allowedAgain(planFor(schedule, '1')).map((a) => [a.label, a.day])).toEqual([
      ['Gentle washing', 5],
      ['Swimming, saunas and steam rooms', 11],
    ])
  })
})

describe(`dated plan (TZ ${zone})`, () => {
  const sessionDate = date('2025-12-01')

  it('dates every entry from the session date', () => {
    const dated = dateEntries(planFor(schedule, '1'), sessionDate, sessionDate)
    const byTitle = Object.fromEntries(dated.map((e) => [e.title, e]))
    expect(byTitle['Your session']).toMatchObject({ firstDate: '2025-12-01', lastDate: '2025-12-01' })
    expect(byTitle['First gentle wash']).toMatchObject({ firstDate: '2025-12-06', lastDate: '2025-12-06' })
    expect(byTitle['Alcohol and caffeine']).toMatchObject({ firstDate: '2025-11-28', lastDate: '2025-12-01' })
    expect(byTitle['Your second session']).toMatchObject({ firstDate: '2025-12-29' })
    expect(byTitle['The dots settle']).toMatchObject({ firstDate: '2025-12-29', lastDate: '2026-01-12' })
    // Where the articles give no number of days, no date is made up.
    expect(byTitle['Keep your scalp healthy']).not.toHaveProperty('firstDate')
    expect(byTitle['Keep your scalp healthy']).toMatchObject({ lastDate: '2025-11-30' })
    expect(byTitle['Scratching and picking']).not.toHaveProperty('lastDate')
    expect(byTitle['Scratching and picking']).toMatchObject({ firstDate: '2025-12-01' })
  })

  it('on day 10 and long after, ongoing care is ongoing, never done; before the session it is still to come', () => {
    const status = (today: string) =>
      dateEntries(planFor(schedule, '1'), sessionDate, date(today)).find((e) => e.title === 'Scratching and picking')
        ?.status
    expect(status('2025-12-11')).toBe('ongoing')
    expect(status('2026-03-01')).toBe('ongoing')
    expect(status('2025-12-01')).toBe('ongoing')
    expect(status('2025-11-30')).toBe('upcoming')
  })

  it('sets "the days before" as a span up to its last date, and ongoing care from its first date', () => {
    const dated = dateEntries(planFor(schedule, '1'), sessionDate, sessionDate)
    const span = (title: string) =>
      entryDateSpan(
        dated.find((e) => e.title === title)!,
        sessionDate,
        english,
      )
    expect(span('Keep your scalp healthy')).toEqual({
      from: 'In the days before',
      to: 'Sun 30 Nov',
      join: '{from}, up to {to}',
    })
    expect(span('Scratching and picking')).toEqual({ from: 'From Mon 1 Dec' })
    expect(span('Getting your scalp wet')).toEqual(
      dateSpan(date('2025-12-01'), date('2025-12-05'), sessionDate, english),
    )
  })

  it("marks past entries done and highlights today's", () => {
    const dated = dateEntries(planFor(schedule, '1'), sessionDate, date('2025-12-06'))
    const status = Object.fromEntries(dated.map((e) => [e.title, e.status]))
    expect(status).toMatchObject({
      'Alcohol and caffeine': 'done',
      'Your session': 'done',
      'Getting your scalp wet': 'done', // days 0 to 4: 1 to 5 December
      'First gentle wash': 'today',
      'Swimming, saunas and steam rooms': 'today',
      'Your second session': 'upcoming',
    })
  })

  it.each([
    ['2025-12-04', '2025-12-04', '2025-12-04', 'today'],
    ['2025-12-01', '2025-12-03', '2025-12-04', 'done'],
    ['2025-12-05', '2025-12-09', '2025-12-04', 'upcoming'],
    ['2025-12-01', '2025-12-09', '2025-12-04', 'today'],
    // "In the days before", up to its last date: today only on that date (the articles give no first day).
    [undefined, '2025-12-03', '2025-12-02', 'upcoming'],
    [undefined, '2025-12-03', '2025-12-03', 'today'],
    [undefined, '2025-12-03', '2025-12-04', 'done'],
    // Ongoing care, from its first date: never done.
    ['2025-12-01', undefined, '2025-11-30', 'upcoming'],
    ['2025-12-01', undefined, '2025-12-01', 'ongoing'],
    ['2025-12-01', undefined, '2026-06-01', 'ongoing'],
  ])('an entry from %s to %s on %s is %s', (first, last, today, expected) => {
    const dateOf = (value: string | undefined) => (value === undefined ? undefined : date(value))
    expect(statusOf(dateOf(first), dateOf(last), date(today))).toBe(expected)
  })

  it('dates what is allowed again, with its status', () => {
    const list = dateAllowedAgain(allowedAgain(planFor(schedule, '1')), sessionDate, date('2025-12-06'))
    expect(list.map((a) => [a.label, a.date, a.status])).toEqual([
      ['Gentle washing', '2025-12-06', 'today'],
      ['Swimming, saunas and steam rooms', '2025-12-12', 'upcoming'],
    ])
  })

  it('names dates like "Thu 4 Dec", with the year only when it is not the session\'s', () => {
    expect(dateRangeLabel(date('2025-12-04'), date('2025-12-04'), sessionDate, english)).toBe('Thu 4 Dec')
    expect(dateRangeLabel(date('2025-12-01'), date('2025-12-11'), sessionDate, english)).toBe('Mon 1 Dec to Thu 11 Dec')
    expect(dateRangeLabel(date('2025-12-29'), date('2026-01-12'), sessionDate, english)).toBe(
      'Mon 29 Dec to Mon 12 Jan 2026',
    )
  })

  it.each([
    ['2025-11-28', 'Your session is in 3 days.'],
    ['2025-11-30', 'Your session is tomorrow.'],
    ['2025-12-01', 'Today is your session day.'],
    ['2025-12-02', 'Today is day 1, the day after your session.'],
    ['2025-12-06', 'Today is day 5 after your session.'],
    ['2026-03-01', 'Today is day 90 after your session: everything in this plan is done.'],
  ])('on %s says "%s"', (today, summary) => {
    expect(todaySummary(sessionDate, date(today), 42, english)).toBe(summary)
  })

  it('never says a plan with ongoing care is done', () => {
    expect(planEndDay(planFor(schedule, '3'))).toBeUndefined()
    const dayCounted = { ...schedule, items: schedule.items.filter((item) => item.lastDay !== 'ongoing') }
    expect(planEndDay(planFor(dayCounted, '3'))).toBe(42)
    expect(todaySummary(sessionDate, date('2026-03-01'), planEndDay(planFor(schedule, '3')), english)).toBe(
      'Today is day 90 after your session.',
    )
  })
})

describe('the plan in Hindi', () => {
  it.each([
    [0, 'दिन 0', 'दिन ०'],
    [5, 'दिन 5', 'दिन ५'],
    [-1, 'एक दिन पहले', 'एक दिन पहले'],
    [-3, '3 दिन पहले', '३ दिन पहले'],
    [28, 'दिन 28', 'दिन २८'],
  ])('day %i is "%s", or "%s" in Devanagari digits', (day, latin, devanagari) => {
    expect(dayLabel(day, hindi)).toBe(latin)
    expect(dayLabel(day, hindiDevanagari)).toBe(devanagari)
  })

  it.each([
    [1, 3, 'दिन 1 से 3 तक'],
    [0, 10, 'दिन 0 से 10 तक'],
    [-7, -1, '7 दिन पहले से एक दिन पहले तक'],
    [-3, 0, '3 दिन पहले से दिन 0 तक'],
    ['days-before', -1, 'पहले के दिनों में'],
    ['days-before', 0, 'पहले के दिनों में, दिन 0 तक'],
    [0, 'ongoing', 'दिन 0 से'],
  ] as const)('days %s to %s are "%s"', (first, last, label) => {
    expect(dayRangeLabel(first, last, hindi)).toBe(label)
  })

  it('keeps the two ends of a range apart, so a range wraps between them', () => {
    expect(daySpan(-3, 0, hindi)).toEqual({ from: '3 दिन पहले', to: 'दिन 0' })
    expect(dateSpan(date('2025-12-01'), date('2025-12-05'), date('2025-12-01'), hindi)).toEqual({
      from: 'सोम, 1 दिसंबर',
      to: 'शुक्र, 5 दिसंबर',
    })
  })

  it("writes dates the Hindi way, with the year only when it is not the session's, in either digits", () => {
    const session = date('2025-12-01')
    expect(dateRangeLabel(date('2025-12-04'), date('2025-12-04'), session, hindi)).toBe('गुरु, 4 दिसंबर')
    expect(dateRangeLabel(date('2025-12-29'), date('2026-01-12'), session, hindi)).toBe(
      'सोम, 29 दिसंबर से सोम, 12 जनवरी 2026 तक',
    )
    expect(dateRangeLabel(date('2025-12-29'), date('2026-01-12'), session, hindiDevanagari)).toBe(
      'सोम, २९ दिसंबर से सोम, १२ जनवरी २०२६ तक',
    )
  })

  it.each([
    ['2025-11-28', 'आपका सेशन 3 दिन बाद है।', 'आपका सेशन ३ दिन बाद है।'],
    ['2025-11-30', 'आपका सेशन कल है।', 'आपका सेशन कल है।'],
    ['2025-12-01', 'आज आपके सेशन का दिन है।', 'आज आपके सेशन का दिन है।'],
    ['2025-12-02', 'आज दिन 1 है, यानी आपके सेशन का अगला दिन।', 'आज दिन १ है, यानी आपके सेशन का अगला दिन।'],
    ['2025-12-13', 'आज आपके सेशन के बाद दिन 12 है।', 'आज आपके सेशन के बाद दिन १२ है।'],
  ])('on %s says "%s" ("%s")', (today, latin, devanagari) => {
    expect(todaySummary(date('2025-12-01'), date(today), 42, hindi)).toBe(latin)
    expect(todaySummary(date('2025-12-01'), date(today), 42, hindiDevanagari)).toBe(devanagari)
  })

  it('names the sessions an entry is only for', () => {
    expect(onlyAfterLabel(['1', '2'], hindi)).toBe('सिर्फ़ आपके पहले या दूसरे सेशन के बाद')
    expect(onlyAfterLabel(['3', 'touch-up'], hindi)).toBe('सिर्फ़ आपके तीसरे या टच-अप सेशन के बाद')
    expect(onlyAfterLabel(['1', '2', '3'], hindi)).toBe('सिर्फ़ आपके पहले, दूसरे या तीसरे सेशन के बाद')
  })

  it('gives Hindi entries unique ASCII keys (React keys and calendar ids), from what and when they are', () => {
    for (const session of [undefined, ...sessionKinds]) {
      const plan = planFor(hindiSchedule, session)
      const keys = plan.map((e) => e.key)
      expect(new Set(keys).size, String(session)).toBe(keys.length)
      for (const key of keys) expect(key).toMatch(/^[a-z0-9-]+$/)
      const okAgain = allowedAgain(plan).map((a) => a.key)
      expect(new Set(okAgain).size).toBe(okAgain.length)
      for (const key of okAgain) expect(key).toMatch(/^allowed-again-[a-z0-9-]+$/)
    }
    const plan = planFor(hindiSchedule, '1')
    expect(plan.find((e) => e.title === 'शराब और कैफ़ीन')?.key).toBe('avoid-minus3-0')
    expect(plan.find((e) => e.title === 'आपका दूसरा सेशन')?.key).toBe('next-session')
  })

  it('has the same plan as the English schedule it was translated from: the same days, in the same order', () => {
    for (const session of sessionKinds) {
      const days = (s: AftercareSchedule) => planFor(s, session).map((e) => [e.kind, e.firstDay, e.lastDay, e.readMore])
      expect(days(hindiSchedule), session).toEqual(days(schedule))
    }
  })
})
