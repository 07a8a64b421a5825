// The calendar file itself, written by the `ics` package. The planner loads this module only when
// the patient asks for the file, so the package is not part of the page's first download.
import { createEvents, type DateArray } from 'ics'
import type { CalendarDate } from '@/lib/dates'
import type { Locale } from '@/lib/i18n/locales'
import { calendarEvents, type CalendarContext, type CalendarEvent } from './calendar-events'
import type { PlannerLanguage } from './language'
import type { PlanEntry } from './plan'
import type { SessionKind } from './types'

export const calendarMimeType = 'text/calendar;charset=utf-8'

const dateArray = (date: string): DateArray => date.split('-').map(Number) as [number, number, number]

/** Why there is no file: nothing to put in it, or the package refused the events. */
export type IcsFailure = 'empty' | 'failed'

/** The .ics text, or why it cannot be made (the caller says so in the planner's language). */
export function toIcs(
  events: CalendarEvent[],
  { clinicName, locale }: { clinicName: string; locale: Locale },
): { ok: true; text: string } | { ok: false; reason: IcsFailure } {
  if (events.length === 0) return { ok: false, reason: 'empty' }
  const { error, value } = createEvents(
    events.map((event) => ({
      uid: event.uid,
      // Three numbers make an all-day date (DTSTART;VALUE=DATE), with no time to shift.
      start: dateArray(event.start),
      end: dateArray(event.end),
      title: event.title,
      description: event.description,
      url: event.url,
      // Reminders, not appointments: they should not make the patient look busy.
      busyStatus: 'FREE',
      transp: 'TRANSPARENT',
    })),
    // iCalendar's product id: "-//owner//product//language". Slashes in a clinic's name would break it.
    { productId: `-//${clinicName.replace(/\/+/g, ' ')}//SMP aftercare planner//${locale.toUpperCase()}` },
  )
  if (error || !value) return { ok: false, reason: 'failed' }
  return { ok: true, text: foldLines(value) }
}

/** The calendar file for one plan: its events (written here too, so they load only with the file) as .ics text. */
export function calendarFile(
  entries: PlanEntry[],
  sessionDate: CalendarDate,
  session: SessionKind,
  context: CalendarContext,
  language: PlannerLanguage,
): ReturnType<typeof toIcs> {
  return toIcs(calendarEvents(entries, sessionDate, session, context, language), {
    clinicName: context.clinicName,
    locale: language.locale,
  })
}

/**
 * Lines folded as RFC 5545 (3.1) asks: at most 75 octets each, continued on the next line after a space,
 * and never inside the UTF-8 bytes of a character. The package folds every 75 characters, which keeps
 * characters whole but lets a line of Devanagari (3 octets a character) run to 225 octets, so the text is
 * unfolded and folded again by octets. The package writes no line breaks of its own inside a value
 * (a new line in a text is the two characters "\n"), so unfolding cannot join what it did not fold.
 */
export function foldLines(text: string): string {
  return text
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .map(foldLine)
    .join('\r\n')
}

const maxOctets = 75

function foldLine(line: string): string {
  const parts: string[] = []
  let part = ''
  let octets = 0
  // A continuation line's leading space counts towards its 75 octets.
  let room = maxOctets
  // for…of walks code points, so a character outside the BMP (two UTF-16 units) stays whole too.
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0)!)
    if (octets + size > room) {
      parts.push(part)
      part = ''
      octets = 0
      room = maxOctets - 1
    }
    part += char
    octets += size
  }
  parts.push(part)
  return parts.join('\r\n ')
}

const utf8Length = (codePoint: number) => (codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4)
