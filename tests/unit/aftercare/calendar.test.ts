// The "Add to calendar" file, written by `ics` and read back by an independent parser (ical.js),
// event by event. Run under several time zones by `npm run test:timezones`: all-day dates must
// come back as the same calendar dates in every one.
import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'
import { calendarEvents } from '@/lib/aftercare/calendar-events'
import { toIcs } from '@/lib/aftercare/ics'
import { allowedAgain, calendarEventCount, isOngoing, planFor } from '@/lib/aftercare/plan'
import { addDays, type CalendarDate } from '@/lib/dates'
import { context, milestonesOf, schedule, zone } from '@/tests/fixtures/aftercare'
import { english, hindi, hindiContext, hindiSchedule } from './languages'

const { eventTitlePrefix, calendarFileName } = english.words

type Parsed = {
  uid: string
  summary: string
  description: string
  start: ICAL.Time
  end: ICAL.Time
  url: string | null
  transp: unknown
}

function parse(text: string): { calendar: ICAL.Component; events: Parsed[] } {
  const calendar = new ICAL.Component(ICAL.parse(text))
  const events = calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component)
    return {
      uid: event.uid,
      summary: event.summary,
      description: event.description,
      start: event.startDate,
      end: event.endDate,
      url: component.getFirstPropertyValue('url') as string | null,
      transp: component.getFirstPropertyValue('transp'),
    }
  })
  return { calendar, events }
}

function build(sessionDate: CalendarDate, session: '1' | '2' | '3' | 'touch-up' = '1') {
  const entries = planFor(schedule, session)
  const events = calendarEvents(entries, sessionDate, session, context, english)
  const ics = toIcs(events, { clinicName: context.clinicName, locale: 'en' })
  if (!ics.ok) throw new Error(ics.reason)
  return { entries, events, text: ics.text, parsed: parse(ics.text) }
}

describe(`the calendar file (TZ ${zone})`, () => {
  it('has one all-day event for each milestone, each piece of ongoing care and each allowed-again date, and nothing else', () => {
    const { entries, parsed } = build('2025-12-01')
    const milestones = milestonesOf(entries)
    const lasting = entries.filter(isOngoing)
    const okAgain = allowedAgain(entries)
    expect(lasting.length).toBeGreaterThan(0)
    expect(parsed.events).toHaveLength(milestones.length + lasting.length + okAgain.length)
    const summaries = parsed.events.map((e) => e.summary)
    for (const milestone of milestones) expect(summaries).toContain(`${eventTitlePrefix}${milestone.title}`)
    for (const entry of lasting) expect(summaries).toContain(`${eventTitlePrefix}${entry.title} (ongoing)`)
    for (const item of okAgain) expect(summaries).toContain(`${eventTitlePrefix}usually OK again – ${item.label}`)
  })

  it('reminds of ongoing care on its first day, saying it lasts until the practitioner says the scalp has healed', () => {
    const { entries, parsed } = build('2025-12-01')
    for (const entry of entries.filter(isOngoing)) {
      const event = parsed.events.find((e) => e.summary === `${eventTitlePrefix}${entry.title} (ongoing)`)
      expect(event, entry.title).toBeDefined()
      expect(event!.start.toString()).toBe(addDays('2025-12-01', entry.firstDay as number))
      // One all-day reminder: the articles give no end, so the file invents none.
      expect(event!.end.toString()).toBe(addDays('2025-12-01', (entry.firstDay as number) + 1))
      expect(event!.description).toContain(entry.explanation)
      expect(event!.description).toContain(
        'In the weeks after your session, until your practitioner says your scalp has healed.',
      )
    }
  })

  it.each(['2025-12-01', '2024-02-20', '2025-03-08', '2025-10-25', '2025-12-29'] as const)(
    'for a session on %s, each event starts and ends on the planned calendar dates, with no time',
    (sessionDate) => {
      const { entries, parsed } = build(sessionDate)
      const expected = [
        ...milestonesOf(entries).map((e) => ({ title: e.title, first: e.firstDay, last: e.lastDay })),
        ...allowedAgain(entries).map((a) => ({ title: `usually OK again – ${a.label}`, first: a.day, last: a.day })),
      ]
      for (const { title, first, last } of expected) {
        const event = parsed.events.find((e) => e.summary === `${eventTitlePrefix}${title}`)
        expect(event, title).toBeDefined()
        expect(event!.start.isDate, `${title} is all-day`).toBe(true)
        expect(event!.end.isDate, `${title} ends all-day`).toBe(true)
        expect(event!.start.toString(), title).toBe(addDays(sessionDate, first))
        // iCalendar's end date is the day after the last day.
        expect(event!.end.toString(), title).toBe(addDays(sessionDate, last + 1))
        // And as the local dates a calendar app would show, in this zone.
        const startLocal = event!.start.toJSDate()
        expect([startLocal.getFullYear(), startLocal.getMonth() + 1, startLocal.getDate()].join('-')).toBe(
          addDays(sessionDate, first).split('-').map(Number).join('-'),
        )
      }
    },
  )

  it('writes dates as DTSTART;VALUE=DATE with no times or time zones, in CRLF lines', () => {
    const { text } = build('2025-12-01')
    const lines = text.split('\r\n')
    expect(lines.filter((l) => l.startsWith('DTSTART')).every((l) => /^DTSTART;VALUE=DATE:\d{8}$/.test(l))).toBe(true)
    expect(lines.filter((l) => l.startsWith('DTEND')).every((l) => /^DTEND;VALUE=DATE:\d{8}$/.test(l))).toBe(true)
    expect(text).not.toMatch(/TZID|VTIMEZONE/)
    expect(text.replace(/\r\n/g, '')).not.toContain('\n')
  })

  it("names the clinic in PRODID and the planner's address in every event", () => {
    const { parsed } = build('2025-12-01')
    expect(parsed.calendar.getFirstPropertyValue('prodid')).toBe(
      '-//Northfield Scalp Clinic//SMP aftercare planner//EN',
    )
    expect(parsed.calendar.getFirstPropertyValue('version')).toBe('2.0')
    for (const event of parsed.events) {
      expect(event.description, event.summary).toContain(`Your aftercare plan: ${context.pageUrl}`)
      expect(event.description, event.summary).toContain(context.clinicPhone)
      expect(event.description, event.summary).toMatch(
        /Read more: https:\/\/www\.northfield-smp\.example\/[a-z-]+#[a-z-]+/,
      )
      expect(event.url).toBe(context.pageUrl)
      expect(event.transp).toBe('TRANSPARENT')
    }
  })

  it('says when something is OK again, unless the practitioner advises otherwise', () => {
    const { parsed } = build('2025-12-01')
    const swimming = parsed.events.find((e) => e.summary.endsWith('Swimming, saunas and steam rooms'))
    expect(swimming?.description).toContain(
      'From today: Swimming, saunas and steam rooms, unless your practitioner advises otherwise.',
    )
    expect(swimming?.description).toContain('After your first session on Monday 1 December 2025.')
  })

  it('gives stable, unique ids: the same for the same session date, different for another date', () => {
    const first = build('2025-12-01').parsed.events.map((e) => e.uid)
    const again = build('2025-12-01').parsed.events.map((e) => e.uid)
    const other = build('2025-12-02').parsed.events.map((e) => e.uid)
    expect(new Set(first).size).toBe(first.length)
    expect(again).toEqual(first)
    expect(other.filter((uid) => first.includes(uid))).toEqual([])
    for (const uid of first) expect(uid).toMatch(/^2025-12-01-[a-z0-9-]+@www\.northfield-smp\.example$/)
  })

  it('adds the next session only after a first or second session', () => {
    const titles = (session: '1' | '2' | '3' | 'touch-up') =>
      build('2025-12-01', session).parsed.events.map((e) => e.summary)
    expect(titles('1')).toContain(`${eventTitlePrefix}Your second session`)
    expect(titles('2')).toContain(`${eventTitlePrefix}Your third session, if you need one`)
    expect(titles('3').some((t) => t.includes('session,') || t.includes('second session'))).toBe(false)
    expect(titles('touch-up')).toContain(`${eventTitlePrefix}Your final look settles`)
  })

  it('keeps long text and commas intact through line folding and escaping', () => {
    const long = 'Wash gently, with cool water; pat dry. '.repeat(6).trim()
    const custom = {
      ...schedule,
      items: [
        {
          kind: 'milestone' as const,
          firstDay: 3,
          lastDay: 3,
          title: 'Check in, gently; please',
          explanation: long,
          readMore: '/aftercare#washing-your-scalp',
        },
      ],
    }
    const events = calendarEvents(planFor(custom, '3'), '2025-12-01', '3', context, english)
    const ics = toIcs(events, { clinicName: context.clinicName, locale: 'en' })
    expect(ics.ok).toBe(true)
    const [event] = parse(ics.ok ? ics.text : '').events
    expect(event?.summary).toBe(`${eventTitlePrefix}Check in, gently; please`)
    expect(event?.description.startsWith(long)).toBe(true)
  })

  it.each(['1', '2', '3', 'touch-up'] as const)(
    'holds as many events as the page says it will, in either language (session %s)',
    (session) => {
      expect(calendarEvents(planFor(schedule, session), '2025-12-01', session, context, english)).toHaveLength(
        calendarEventCount(planFor(schedule, session)),
      )
      const hindiPlan = planFor(hindiSchedule, session)
      expect(calendarEvents(hindiPlan, '2025-12-01', session, hindiContext, hindi)).toHaveLength(
        calendarEventCount(hindiPlan),
      )
    },
  )

  it('refuses to make an empty file', () => {
    expect(toIcs([], { clinicName: context.clinicName, locale: 'en' })).toEqual({ ok: false, reason: 'empty' })
  })

  it('is saved as smp-aftercare-plan.ics', () => {
    expect(calendarFileName).toBe('smp-aftercare-plan.ics')
  })
})
