// The schedule turned into one patient's plan: the items for their session, in day order, with
// the usual next session added; then, once a date is chosen, each item's dates and whether it is
// done, today or still to come. Pure functions on calendar dates (lib/dates.ts), so the plan is the
// same in every time zone; only "today" comes from the reader's device.
import { addDays, daysBetween, formatShortDate, type CalendarDate } from '@/lib/dates'
import type { Span } from './days'
import { dateStyle, say, type PlannerLanguage } from './language'
import { nextSessionAfter } from './sessions'
import {
  daysBefore,
  ongoing,
  sessionKinds,
  type AftercareSchedule,
  type FirstDay,
  type LastDay,
  type ScheduleItem,
  type SessionKind,
} from './types'

/** A schedule item as one plan shows it: the same fields, with a key and, for an all-sessions plan, its sessions. */
export type PlanEntry = Omit<ScheduleItem, 'sessions'> & {
  /** Stable within a schedule: React keys and calendar event ids. */
  key: string
  /** Only when the plan covers every session: the sessions this entry is for. */
  onlyAfter?: SessionKind[]
}

export type AllowedAgain = { key: string; label: string; day: number; readMore: string; explanation: string }

/** "ongoing": care that lasts until the scalp has healed, from its first day on; it is never done. */
export type EntryStatus = 'done' | 'today' | 'upcoming' | 'ongoing'
/** firstDate is left out "in the days before" (no number of days), lastDate for ongoing care. */
export type DatedEntry = PlanEntry & { firstDate?: CalendarDate; lastDate?: CalendarDate; status: EntryStatus }
export type DatedAllowedAgain = AllowedAgain & { date: CalendarDate; status: 'done' | 'today' | 'upcoming' }

export type PlanStage = 'before' | 'session-day' | 'after'

export const nextSessionKey = 'next-session'

export const slugOf = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')

// Keys (and so calendar event ids) stay ASCII: a title in a script without Latin letters, such as
// Hindi's, gives no slug, so its key is made from what the item is and when ("avoid-0-10",
// "do-minus1-minus1").
const dayKey = (day: FirstDay | LastDay) => (typeof day === 'string' ? day : day < 0 ? `minus${-day}` : String(day))
const keyOf = (item: Pick<ScheduleItem, 'kind' | 'firstDay' | 'lastDay' | 'title'>) =>
  slugOf(item.title) || `${item.kind}-${dayKey(item.firstDay)}-${dayKey(item.lastDay)}`

/**
 * The entries for one session, or for every session (no JavaScript, no choice yet) with the
 * session-only ones marked. Sorted by first day, then last day; ties keep the editor's order.
 */
export function planFor(schedule: AftercareSchedule, session?: SessionKind): PlanEntry[] {
  const entries: PlanEntry[] = []
  const keys = new Set<string>()
  const uniqueKey = (base: string) => {
    let key = base || 'item'
    for (let n = 2; keys.has(key); n++) key = `${base}-${n}`
    keys.add(key)
    return key
  }
  for (const item of schedule.items) {
    if (session && item.sessions && !item.sessions.includes(session)) continue
    const { sessions, ...rest } = item
    entries.push({
      ...rest,
      key: uniqueKey(keyOf(item)),
      ...(!session && sessions ? { onlyAfter: sessions } : {}),
    })
  }
  for (const which of session ? [session] : sessionKinds) {
    const next = nextSessionAfter(which, schedule.nextSession)
    if (!next) continue
    entries.push({
      key: uniqueKey(session ? nextSessionKey : `${nextSessionKey}-after-${which}`),
      kind: 'milestone',
      firstDay: next.day,
      lastDay: next.day,
      title: next.text.title,
      explanation: next.text.explanation,
      readMore: schedule.nextSession.readMore,
      ...(session ? {} : { onlyAfter: [which] }),
    })
  }
  // Array.prototype.sort is stable, so equal days keep the editor's order. "The days before" come
  // before any day, ongoing care after any last day.
  const first = (day: FirstDay) => (day === daysBefore ? -Infinity : day)
  const last = (day: LastDay) => (day === ongoing ? Infinity : day)
  return entries.sort((a, b) => first(a.firstDay) - first(b.firstDay) || last(a.lastDay) - last(b.lastDay))
}

export const isOngoing = (entry: Pick<PlanEntry, 'lastDay'>) => entry.lastDay === ongoing

export function stageOf(entry: Pick<PlanEntry, 'firstDay' | 'lastDay'>): PlanStage {
  if (entry.firstDay === daysBefore || entry.firstDay < 0) return 'before'
  return entry.firstDay === 0 && entry.lastDay === 0 ? 'session-day' : 'after'
}

/**
 * The last day of the plan: after it, everything in the plan is done. None while it holds ongoing care,
 * which is never done.
 */
export function planEndDay(entries: Pick<PlanEntry, 'lastDay'>[]): number | undefined {
  const days = entries.map((entry) => entry.lastDay)
  return days.some((day) => day === ongoing) ? undefined : Math.max(...days.filter((day) => day !== ongoing))
}

/** The entries in stages (before, on the day, after), leaving out empty stages. */
export function byStage<T extends Pick<PlanEntry, 'firstDay' | 'lastDay'>>(
  entries: T[],
): { stage: PlanStage; entries: T[] }[] {
  return (['before', 'session-day', 'after'] as const)
    .map((stage) => ({ stage, entries: entries.filter((entry) => stageOf(entry) === stage) }))
    .filter((group) => group.entries.length > 0)
}

/** What is usually OK again, and from which day: the day after each "avoid" item that says so. */
export function allowedAgain(entries: PlanEntry[]): AllowedAgain[] {
  return entries
    .filter(
      (entry): entry is PlanEntry & { allowedAgain: string; lastDay: number } =>
        entry.kind === 'avoid' && entry.allowedAgain !== undefined && entry.lastDay !== ongoing,
    )
    .map((entry) => ({
      // The schema lets each allowedAgain be used once, and each entry's key is unique.
      key: `allowed-again-${slugOf(entry.allowedAgain) || entry.key}`,
      label: entry.allowedAgain,
      day: entry.lastDay + 1,
      readMore: entry.readMore,
      explanation: entry.explanation,
    }))
    .sort((a, b) => a.day - b.day)
}

export type CalendarReminder = { entry: PlanEntry; firstDay: number; lastDay: number; ongoing: boolean }

/**
 * What the calendar file holds besides the allowed-again dates: each milestone on its days, and each piece of
 * ongoing care on its first day only (it has no end the articles give). The schema gives both numbered days.
 */
export const calendarReminders = (entries: PlanEntry[]): CalendarReminder[] =>
  entries.flatMap((entry): CalendarReminder[] => {
    const { firstDay, lastDay } = entry
    if (typeof firstDay !== 'number') return []
    if (lastDay === ongoing) return [{ entry, firstDay, lastDay: firstDay, ongoing: true }]
    return entry.kind === 'milestone' ? [{ entry, firstDay, lastDay, ongoing: false }] : []
  })

/**
 * How many events the calendar file holds (lib/aftercare/calendar-events.ts): one for each milestone, each
 * piece of ongoing care and each allowed-again date. Counted here so the page can say so without loading
 * the code that writes them.
 */
export const calendarEventCount = (entries: PlanEntry[]) =>
  calendarReminders(entries).length + allowedAgain(entries).length

/**
 * Done once its last date has passed; today from its first date (or, "in the days before", on its last date
 * only: the articles say no more); ongoing care is ongoing from its first date and never done.
 */
export function statusOf(
  firstDate: CalendarDate | undefined,
  lastDate: CalendarDate | undefined,
  today: CalendarDate,
): EntryStatus {
  if (lastDate === undefined) return firstDate !== undefined && firstDate <= today ? 'ongoing' : 'upcoming'
  if (lastDate < today) return 'done'
  return (firstDate ?? lastDate) <= today ? 'today' : 'upcoming'
}

export function dateEntries(entries: PlanEntry[], sessionDate: CalendarDate, today: CalendarDate): DatedEntry[] {
  return entries.map((entry) => {
    const firstDate = entry.firstDay === daysBefore ? undefined : addDays(sessionDate, entry.firstDay)
    const lastDate = entry.lastDay === ongoing ? undefined : addDays(sessionDate, entry.lastDay)
    return {
      ...entry,
      ...(firstDate && { firstDate }),
      ...(lastDate && { lastDate }),
      status: statusOf(firstDate, lastDate, today),
    }
  })
}

/** An allowed-again date is "done" once it has passed, and "today" on the day itself. */
export function dateAllowedAgain(
  list: AllowedAgain[],
  sessionDate: CalendarDate,
  today: CalendarDate,
): DatedAllowedAgain[] {
  return list.map((item) => {
    const date = addDays(sessionDate, item.day)
    return { ...item, date, status: date < today ? 'done' : date === today ? 'today' : 'upcoming' }
  })
}

/**
 * "Thu 4 Dec", or "Mon 1 Dec" to "Thu 11 Dec" ("गुरु, 4 दिसंबर" in Hindi); a date in another year than
 * the session's shows its year.
 */
export function dateSpan(
  firstDate: CalendarDate,
  lastDate: CalendarDate,
  sessionDate: CalendarDate,
  language: PlannerLanguage,
): Span {
  const format = (date: CalendarDate) =>
    formatShortDate(date, { withYear: date.slice(0, 4) !== sessionDate.slice(0, 4), ...dateStyle(language) })
  return firstDate === lastDate ? { from: format(firstDate) } : { from: format(firstDate), to: format(lastDate) }
}

/**
 * A dated entry's span: as dateSpan, or where the articles give no number of days, "In the days before, up
 * to Wed 3 Dec" and "From Thu 4 Dec".
 */
export function entryDateSpan(
  { firstDate, lastDate }: Pick<DatedEntry, 'firstDate' | 'lastDate'>,
  sessionDate: CalendarDate,
  language: PlannerLanguage,
): Span {
  const { words } = language
  if (firstDate === undefined) {
    const upTo = dateLabel(lastDate ?? sessionDate, sessionDate, language)
    return { from: words.inDaysBefore, to: upTo, join: words.upTo }
  }
  if (lastDate === undefined)
    return { from: say(language, words.fromDate, { date: dateLabel(firstDate, sessionDate, language) }) }
  return dateSpan(firstDate, lastDate, sessionDate, language)
}

/** The span as one line of text: "Mon 1 Dec to Thu 11 Dec". */
export function dateRangeLabel(
  firstDate: CalendarDate,
  lastDate: CalendarDate,
  sessionDate: CalendarDate,
  language: PlannerLanguage,
): string {
  const span = dateSpan(firstDate, lastDate, sessionDate, language)
  return span.to === undefined ? span.from : say(language, language.words.range, { from: span.from, to: span.to })
}

export function dateLabel(date: CalendarDate, sessionDate: CalendarDate, language: PlannerLanguage): string {
  return dateSpan(date, date, sessionDate, language).from
}

/**
 * One line on where today falls: "Your session is in 3 days.", "Today is day 5 after your session." `endDay`
 * is planEndDay's: a plan with ongoing care is never all done.
 */
export function todaySummary(
  sessionDate: CalendarDate,
  today: CalendarDate,
  endDay: number | undefined,
  language: PlannerLanguage,
): string {
  const { words } = language
  const day = daysBetween(sessionDate, today)
  if (day < -1) return say(language, words.sessionInDays, { days: -day })
  if (day === -1) return say(language, words.sessionTomorrow)
  if (day === 0) return say(language, words.sessionToday)
  if (endDay !== undefined && day > endDay) return say(language, words.todayPlanDone, { day })
  return day === 1 ? say(language, words.todayDayOne) : say(language, words.todayDay, { day })
}
