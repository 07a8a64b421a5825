// The calendar file itself, written by the `ics` package. The planner loads this module only when
// the patient asks for the file, so the package is not part of the page's first download.
import { createEvents, type DateArray } from 'ics'
import type { CalendarEvent } from './calendar-events'

export const calendarFileName = 'smp-aftercare-plan.ics'
export const calendarMimeType = 'text/calendar;charset=utf-8'

const dateArray = (date: string): DateArray => date.split('-').map(Number) as [number, number, number]

/** The .ics text, or a message to show when it cannot be made. */
export function toIcs(
  events: CalendarEvent[],
  clinicName: string,
): { ok: true; text: string } | { ok: false; message: string } {
  if (events.length === 0) return { ok: false, message: 'There are no dates to add to a calendar.' }
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
    { productId: `-//${clinicName.replace(/\/+/g, ' ')}//SMP aftercare planner//EN` },
  )
  if (error || !value) return { ok: false, message: 'Sorry, the calendar file could not be made.' }
  return { ok: true, text: value }
}
