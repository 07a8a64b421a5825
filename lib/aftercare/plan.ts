// The schedule turned into one patient's plan: the items for their session, in day order, with
// the usual next session added; then, once a date is chosen, each item's dates and whether it is
// done, today or still to come. Pure functions on calendar dates (lib/dates.ts), so the plan is the
// same in every time zone; only "today" comes from the reader's device.
import { addDays, daysBetween, formatShortDate, type CalendarDate } from '@/lib/dates'
import { nextSessionAfter } from './sessions'
import { sessionKinds, type AftercareSchedule, type ScheduleItem, type SessionKind } from './types'

/** A schedule item as one plan shows it: the same fields, with a key and, for an all-sessions plan, its sessions. */
export type PlanEntry = Omit<ScheduleItem, 'sessions'> & {
  /** Stable within a schedule: React keys and calendar event ids. */
  key: string
  /** Only when the plan covers every session: the sessions this entry is for. */
  onlyAfter?: SessionKind[]
}

export type AllowedAgain = { key: string; label: string; day: number; readMore: string; explanation: string }

export type EntryStatus = 'done' | 'today' | 'upcoming'
export type DatedEntry = PlanEntry & { firstDate: CalendarDate; lastDate: CalendarDate; status: EntryStatus }
export type DatedAllowedAgain = AllowedAgain & { date: CalendarDate; status: 'done' | 'today' | 'upcoming' }

export type PlanStage = 'before' | 'session-day' | 'after'
export const stageTitles: Record<PlanStage, string> = {
  before: 'Before your session',
  'session-day': 'On the day',
  after: 'After your session',
}

export const nextSessionKey = 'next-session'

export const slugOf = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')

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
      key: uniqueKey(slugOf(item.title)),
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
  // Array.prototype.sort is stable, so equal days keep the editor's order.
  return entries.sort((a, b) => a.firstDay - b.firstDay || a.lastDay - b.lastDay)
}

export function stageOf(entry: Pick<PlanEntry, 'firstDay' | 'lastDay'>): PlanStage {
  if (entry.firstDay < 0) return 'before'
  return entry.firstDay === 0 && entry.lastDay === 0 ? 'session-day' : 'after'
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
      (entry): entry is PlanEntry & { allowedAgain: string } =>
        entry.kind === 'avoid' && entry.allowedAgain !== undefined,
    )
    .map((entry) => ({
      key: `allowed-again-${slugOf(entry.allowedAgain)}`,
      label: entry.allowedAgain,
      day: entry.lastDay + 1,
      readMore: entry.readMore,
      explanation: entry.explanation,
    }))
    .sort((a, b) => a.day - b.day)
}

export function statusOf(firstDate: CalendarDate, lastDate: CalendarDate, today: CalendarDate): EntryStatus {
  if (lastDate < today) return 'done'
  return firstDate <= today ? 'today' : 'upcoming'
}

export function dateEntries(entries: PlanEntry[], sessionDate: CalendarDate, today: CalendarDate): DatedEntry[] {
  return entries.map((entry) => {
    const firstDate = addDays(sessionDate, entry.firstDay)
    const lastDate = addDays(sessionDate, entry.lastDay)
    return { ...entry, firstDate, lastDate, status: statusOf(firstDate, lastDate, today) }
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

/** "Thu 4 Dec", or "Mon 1 Dec to Thu 11 Dec"; a date in another year than the session's shows its year. */
export function dateRangeLabel(firstDate: CalendarDate, lastDate: CalendarDate, sessionDate: CalendarDate): string {
  const format = (date: CalendarDate) =>
    formatShortDate(date, { withYear: date.slice(0, 4) !== sessionDate.slice(0, 4) })
  return firstDate === lastDate ? format(firstDate) : `${format(firstDate)} to ${format(lastDate)}`
}

export function dateLabel(date: CalendarDate, sessionDate: CalendarDate): string {
  return dateRangeLabel(date, date, sessionDate)
}

/** One line on where today falls: "Your session is in 3 days.", "Today is day 5 after your session." */
export function todaySummary(sessionDate: CalendarDate, today: CalendarDate, lastDay: number): string {
  const day = daysBetween(sessionDate, today)
  if (day < -1) return `Your session is in ${-day} days.`
  if (day === -1) return 'Your session is tomorrow.'
  if (day === 0) return 'Today is your session day.'
  if (day > lastDay) return `Today is day ${day} after your session: everything in this plan is done.`
  return day === 1 ? 'Today is day 1, the day after your session.' : `Today is day ${day} after your session.`
}
