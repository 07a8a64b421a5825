// The events the "Add to calendar" file holds: one all-day event for each milestone and each date
// something is usually OK again. Dates only, no times, so no calendar app in any time zone can
// move them to another day. The ids are stable: downloading again for the same session date gives
// the same ids, so a calendar app can update the events instead of adding them twice.
import { addDays, formatLongDate, type CalendarDate } from '@/lib/dates'
import { absoluteUrl } from '@/lib/site/contact'
import { allowedAgain, type PlanEntry } from './plan'
import { sessionLabels, sessionPhrase } from './sessions'
import type { SessionKind } from './types'

export type CalendarContext = {
  clinicName: string
  clinicPhone: string
  /** The clinic's site, e.g. "https://www.northfield-smp.example": event ids and links. */
  siteUrl: string
  /** The planner's own address, written into every event. */
  pageUrl: string
}

export type CalendarEvent = {
  uid: string
  /** The first day, and the day after the last (iCalendar's end of an all-day event). */
  start: CalendarDate
  end: CalendarDate
  title: string
  description: string
  url: string
}

export const eventTitlePrefix = 'SMP aftercare: '

export function calendarEvents(
  entries: PlanEntry[],
  sessionDate: CalendarDate,
  session: SessionKind,
  context: CalendarContext,
): CalendarEvent[] {
  const host = new URL(context.siteUrl).hostname
  const footer = (readMore: string) =>
    [
      `Read more: ${absoluteUrl({ url: context.siteUrl }, readMore)}`,
      `Your aftercare plan: ${context.pageUrl}`,
      `Questions? ${context.clinicName}: ${context.clinicPhone}`,
    ].join('\n')
  const about = `After ${sessionPhrase(session)} on ${formatLongDate(sessionDate)}.`
  const event = (
    key: string,
    firstDay: number,
    lastDay: number,
    title: string,
    text: string,
    readMore: string,
  ): CalendarEvent => ({
    uid: `${sessionDate}-${key}@${host}`,
    start: addDays(sessionDate, firstDay),
    end: addDays(sessionDate, lastDay + 1),
    title: `${eventTitlePrefix}${title}`,
    description: `${text}\n\n${footer(readMore)}`,
    url: context.pageUrl,
  })

  const milestones = entries
    .filter((entry) => entry.kind === 'milestone')
    .map((entry) =>
      event(
        entry.key,
        entry.firstDay,
        entry.lastDay,
        entry.title,
        `${entry.explanation}\n\n${entry.firstDay === 0 ? `${sessionLabels[session]}, ${formatLongDate(sessionDate)}.` : about}`,
        entry.readMore,
      ),
    )
  const okAgain = allowedAgain(entries).map((item) =>
    event(
      item.key,
      item.day,
      item.day,
      `usually OK again – ${item.label}`,
      `From today: ${item.label}, unless your practitioner advises otherwise. ${about}`,
      item.readMore,
    ),
  )
  return [...milestones, ...okAgain].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0))
}
