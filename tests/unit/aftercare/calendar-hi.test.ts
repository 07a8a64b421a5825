// The Hindi planner's calendar file: Hindi titles and descriptions (the Hindi schedule and words), dates
// written the Hindi way, links to the Hindi pages, and valid iCalendar in UTF-8: every line at most 75
// octets, folded between characters, never inside one. Read back by an independent parser (ical.js).
import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'
import { calendarEvents } from '@/lib/aftercare/calendar-events'
import { foldLines, toIcs } from '@/lib/aftercare/ics'
import type { PlannerLanguage } from '@/lib/aftercare/language'
import { scheduleForPage } from '@/lib/aftercare/page-schedule'
import { allowedAgain, isOngoing, planFor } from '@/lib/aftercare/plan'
import type { SessionKind } from '@/lib/aftercare/types'
import { addDays, type CalendarDate } from '@/lib/dates'
import { milestonesOf, zone } from '@/tests/fixtures/aftercare'
import { hindi, hindiContext, hindiDevanagari, hindiSchedule } from './languages'

const { words } = hindi

function build(sessionDate: CalendarDate, session: SessionKind = '1', language: PlannerLanguage = hindi) {
  const entries = planFor(hindiSchedule, session)
  const ics = toIcs(calendarEvents(entries, sessionDate, session, hindiContext, language), {
    clinicName: hindiContext.clinicName,
    locale: language.locale,
  })
  if (!ics.ok) throw new Error(ics.reason)
  const calendar = new ICAL.Component(ICAL.parse(ics.text))
  const events = calendar.getAllSubcomponents('vevent').map((component) => ({
    event: new ICAL.Event(component),
    url: String(component.getFirstPropertyValue('url')),
  }))
  return { entries, text: ics.text, calendar, events }
}

/** The file's lines as bytes, split at CRLF, each decoded strictly: a split character would throw. */
function octetLines(text: string): { octets: number; text: string }[] {
  const bytes = new TextEncoder().encode(text)
  const decoder = new TextDecoder('utf-8', { fatal: true })
  const lines: { octets: number; text: string }[] = []
  let start = 0
  for (let i = 0; i < bytes.length - 1; i++) {
    if (bytes[i] === 0x0d && bytes[i + 1] === 0x0a) {
      lines.push({ octets: i - start, text: decoder.decode(bytes.subarray(start, i)) })
      start = i + 2
      i++
    }
  }
  if (start < bytes.length) lines.push({ octets: bytes.length - start, text: decoder.decode(bytes.subarray(start)) })
  return lines
}

describe(`the Hindi calendar file (TZ ${zone})`, () => {
  it('has a Hindi all-day event for each milestone, each piece of ongoing care and each allowed-again date, on the planned dates', () => {
    const sessionDate: CalendarDate = '2025-12-29'
    const { entries, events } = build(sessionDate)
    const expected = [
      ...milestonesOf(entries).map((e) => ({ summary: `SMP आफ़्टरकेयर: ${e.title}`, first: e.firstDay, last: e.lastDay })),
      // Ongoing care: one reminder on its first day.
      ...entries.filter(isOngoing).map((e) => ({
        summary: `SMP आफ़्टरकेयर: ${e.title} (जारी है)`,
        first: e.firstDay as number,
        last: e.firstDay as number,
      })),
      ...allowedAgain(entries).map((a) => ({
        summary: `SMP आफ़्टरकेयर: ${a.label} – आमतौर पर फिर कर सकते हैं`,
        first: a.day,
        last: a.day,
      })),
    ]
    expect(events.map(({ event }) => event.summary).sort()).toEqual(expected.map((e) => e.summary).sort())
    for (const { summary, first, last } of expected) {
      const { event } = events.find((e) => e.event.summary === summary)!
      expect(event.startDate.isDate, summary).toBe(true)
      expect(event.startDate.toString(), summary).toBe(addDays(sessionDate, first))
      expect(event.endDate.toString(), summary).toBe(addDays(sessionDate, last + 1))
    }
  })

  it('describes each event in Hindi, with the date the Hindi way and links to the Hindi pages', () => {
    const { events } = build('2025-12-01')
    const session = events.find(({ event }) => event.summary === 'SMP आफ़्टरकेयर: आपका सेशन')!
    expect(session.event.description).toBe(
      [
        'शुरू में बिंदु ज़्यादा गहरे दिखते हैं। यह सामान्य है।',
        '',
        'पहला सेशन, सोमवार, 1 दिसंबर 2025।',
        '',
        'और पढ़ें: https://www.northfield-smp.example/hi/procedure#on-the-day',
        'आपका आफ़्टरकेयर प्लान: https://www.northfield-smp.example/hi/aftercare/planner',
        'कोई सवाल? Northfield Scalp Clinic: +44 20 7946 0000',
      ].join('\n'),
    )
    const swimming = events.find(({ event }) => event.summary.startsWith('SMP आफ़्टरकेयर: तैराकी'))!
    expect(swimming.event.description).toContain(
      'आज से: तैराकी, सॉना और स्टीम रूम, जब तक आपके प्रैक्टिशनर कुछ और न कहें। सोमवार, 1 दिसंबर 2025 को हुए आपके पहले सेशन के बाद।',
    )
    expect(swimming.event.description).toContain(
      'और पढ़ें: https://www.northfield-smp.example/hi/aftercare#swimming-saunas-and-exercise',
    )
    for (const { event, url } of events) {
      expect(url, event.summary).toBe('https://www.northfield-smp.example/hi/aftercare/planner')
      // Every "read more" goes to a Hindi page, never to the English one.
      expect(event.description, event.summary).toMatch(/और पढ़ें: https:\/\/www\.northfield-smp\.example\/hi\/[a-z-]+#/)
      expect(event.description, event.summary).not.toMatch(/example\/(?!hi\/)[a-z]/)
    }
  })

  it("gives the same file for the page's schedule, whose links already go to the Hindi pages", () => {
    const events = (schedule: typeof hindiSchedule) =>
      calendarEvents(planFor(schedule, '1'), '2025-12-01', '1', hindiContext, hindi)
    expect(events(scheduleForPage(hindiSchedule, 'hi', 'latin'))).toEqual(events(hindiSchedule))
  })

  it('names the next session after a first session, and says which session in the text', () => {
    const { events } = build('2025-12-01', '1')
    const next = events.find(({ event }) => event.summary === 'SMP आफ़्टरकेयर: आपका दूसरा सेशन')!
    expect(next.event.startDate.toString()).toBe('2025-12-29')
    expect(next.event.description).toContain('सोमवार, 1 दिसंबर 2025 को हुए आपके पहले सेशन के बाद।')
    const afterTouchUp = build('2025-12-01', 'touch-up').events.map(({ event }) => event.summary)
    expect(afterTouchUp).toContain('SMP आफ़्टरकेयर: आपका आख़िरी लुक स्थिर होता है')
    expect(afterTouchUp.some((summary) => summary.includes('दूसरा सेशन'))).toBe(false)
  })

  it('writes the dates in Devanagari digits when the clinic chooses them; the calendar dates stay numbers', () => {
    const { events, text } = build('2025-12-01', '1', hindiDevanagari)
    const session = events.find(({ event }) => event.summary === 'SMP आफ़्टरकेयर: आपका सेशन')!
    expect(session.event.description).toContain('पहला सेशन, सोमवार, १ दिसंबर २०२५।')
    // Addresses and the phone number keep their digits.
    expect(session.event.description).toContain('+44 20 7946 0000')
    expect(session.event.startDate.toString()).toBe('2025-12-01')
    expect(text).toContain('DTSTART;VALUE=DATE:20251201')
  })

  it('says the file is in Hindi in PRODID, and keeps the same event ids for the same session date', () => {
    const first = build('2025-12-01')
    expect(first.calendar.getFirstPropertyValue('prodid')).toBe('-//Northfield Scalp Clinic//SMP aftercare planner//HI')
    const uids = first.events.map(({ event }) => event.uid)
    expect(new Set(uids).size).toBe(uids.length)
    for (const uid of uids) expect(uid).toMatch(/^2025-12-01-[a-z0-9-]+@www\.northfield-smp\.example$/)
    expect(build('2025-12-01').events.map(({ event }) => event.uid)).toEqual(uids)
  })

  it('is valid UTF-8 with every line at most 75 octets, folded between characters', () => {
    const { text } = build('2025-12-01', '2')
    const lines = octetLines(text)
    expect(lines.length).toBeGreaterThan(20)
    for (const line of lines) expect(line.octets, line.text).toBeLessThanOrEqual(75)
    // Long Hindi descriptions were folded: continuation lines start with one space.
    expect(lines.filter((line) => line.text.startsWith(' ')).length).toBeGreaterThan(5)
    expect(text.endsWith('\r\n')).toBe(true)
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
  })
})

describe('foldLines', () => {
  const unfold = (text: string) => text.replace(/\r\n[ \t]/g, '')

  it.each([
    ['ASCII', `DESCRIPTION:${'a'.repeat(200)}`],
    ['Devanagari (3 octets a character)', `SUMMARY:${'स्कैल्प को गीला करना '.repeat(12)}`],
    ['two-octet characters', `SUMMARY:${'é'.repeat(100)}`],
    ['characters outside the BMP (4 octets)', `SUMMARY:${'स😀a'.repeat(30)}`],
  ])('folds %s into lines of at most 75 octets that unfold to the original', (_, line) => {
    const folded = foldLines(`BEGIN:VCALENDAR\r\n${line}\r\nEND:VCALENDAR\r\n`)
    expect(unfold(folded)).toBe(`BEGIN:VCALENDAR\r\n${line}\r\nEND:VCALENDAR\r\n`)
    for (const part of octetLines(folded)) expect(part.octets, part.text).toBeLessThanOrEqual(75)
  })

  it("re-folds the ics package's own folding (every 75 characters, continued with a tab)", () => {
    const long = `DESCRIPTION:${'त'.repeat(80)}`
    const packageFolded = `${long.slice(0, 75)}\r\n\t${long.slice(75)}`
    const folded = foldLines(packageFolded)
    expect(unfold(folded)).toBe(long)
    expect(folded).not.toContain('\t')
    for (const part of octetLines(folded)) expect(part.octets).toBeLessThanOrEqual(75)
  })

  it('leaves short lines alone', () => {
    expect(foldLines('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')
  })
})

describe('the Hindi words for the calendar', () => {
  it('give the file an ASCII name that says it is the Hindi plan', () => {
    expect(words.calendarFileName).toMatch(/^[a-z0-9-]+\.ics$/)
    expect(words.calendarFileName).toContain('hindi')
  })
})
