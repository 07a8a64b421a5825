// The events the "Add to calendar" file holds: one all-day event for each milestone, each date
// something is usually OK again, and each piece of ongoing care: a reminder on its first day that says
// it goes on until the practitioner says the scalp has healed (no end date: the articles give none). Dates only, no times, so no calendar app in any time zone can
// move them to another day. The ids are stable: downloading again for the same session date gives
// the same ids, so a calendar app can update the events instead of adding them twice. The words are
// the planner's language's, and the links go to the pages in that language.
import { addDays, formatLongDate, type CalendarDate } from '@/lib/dates'
import { localePath } from '@/lib/i18n/locales'
import { absoluteUrl } from '@/lib/site/contact'
import { dateStyle, say, type PlannerLanguage } from './language'
import { allowedAgain, calendarReminders, type PlanEntry } from './plan'
import type { SessionKind } from './types'

export type CalendarContext = {
  clinicName: string
  clinicPhone: string
  /** The clinic's site, e.g. "https://www.northfield-smp.example": event ids and links. */
  siteUrl: string
  /** The planner's own address in its language, written into every event. */
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

export function calendarEvents(
  entries: PlanEntry[],
  sessionDate: CalendarDate,
  session: SessionKind,
  context: CalendarContext,
  language: PlannerLanguage,
): CalendarEvent[] {
  const { words } = language
  const host = new URL(context.siteUrl).hostname
  const longDate = formatLongDate(sessionDate, dateStyle(language))
  const footer = (readMore: string) =>
    [
      say(language, words.eventReadMore, {
        url: absoluteUrl({ url: context.siteUrl }, localePath(language.locale, readMore)),
      }),
      say(language, words.eventPlan, { url: context.pageUrl }),
      say(language, words.eventQuestions, { clinic: context.clinicName, phone: context.clinicPhone }),
    ].join('\n')
  const about = say(language, words.afterSession, { session: words.sessionPhrases[session], date: longDate })
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
    title: `${words.eventTitlePrefix}${title}`,
    description: `${text}\n\n${footer(readMore)}`,
    url: context.pageUrl,
  })

  const reminders = calendarReminders(entries).map(({ entry, firstDay, lastDay, ongoing }) =>
    ongoing
      ? event(
          entry.key,
          firstDay,
          lastDay,
          say(language, words.ongoingTitle, { title: entry.title }),
          `${entry.explanation}\n\n${words.ongoingText} ${about}`,
          entry.readMore,
        )
      : event(
          entry.key,
          firstDay,
          lastDay,
          entry.title,
          `${entry.explanation}\n\n${
            firstDay === 0
              ? say(language, words.sessionOn, { session: words.sessionLabels[session], date: longDate })
              : about
          }`,
          entry.readMore,
        ),
  )
  const okAgain = allowedAgain(entries).map((item) =>
    event(
      item.key,
      item.day,
      item.day,
      say(language, words.okAgainTitle, { label: item.label }),
      `${say(language, words.okAgainText, { label: item.label })} ${about}`,
      item.readMore,
    ),
  )
  return [...reminders, ...okAgain].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0))
}
