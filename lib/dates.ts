// The one module for calendar dates: parsing, day and month arithmetic, and formatting, used by the
// aftercare planner and the content's review dates alike. Front-matter dates are calendar dates
// ("2026-11-20"), not instants: they are kept as strings and formatted without time zones, so that
// no reader sees them a day early or late.
import { withDigits, type Digits } from './i18n/digits'
import type { Locale } from './i18n/locales'

const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/

export type CalendarDate = `${number}-${number}-${number}`

/** True for a real date written YYYY-MM-DD (rejects 2025-02-30, 2025-13-01, 2025-1-5). */
export function isCalendarDate(value: string): value is CalendarDate {
  const match = isoDatePattern.exec(value)
  if (!match) return false
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const date = new Date(Date.UTC(year, month - 1, day))
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}

const monthNames = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]

// Hindi writes dates day, month, year too ("20 नवंबर 2026"), with these names.
const hindiMonthNames = [
  'जनवरी',
  'फ़रवरी',
  'मार्च',
  'अप्रैल',
  'मई',
  'जून',
  'जुलाई',
  'अगस्त',
  'सितंबर',
  'अक्टूबर',
  'नवंबर',
  'दिसंबर',
]

/** How a date is written: the page's language and, for Hindi, the clinic's choice of digits. */
export type DateStyle = { locale: Locale; digits?: Digits }
const english: DateStyle = { locale: 'en' }

/** "2026-11-20" → "20 November 2026" ("20 नवंबर 2026" in Hindi), the same in every time zone. */
export function formatCalendarDate(value: CalendarDate | string, style: DateStyle = english): string {
  const match = isoDatePattern.exec(value)
  if (!match) return value
  const months = style.locale === 'hi' ? hindiMonthNames : monthNames
  return withDigits(`${Number(match[3])} ${months[Number(match[2]) - 1]} ${match[1]}`, style.digits ?? 'latin')
}

// Day arithmetic on calendar dates. It runs on UTC midnights only, so month ends, leap days and
// clock changes cannot move a date: the reader's time zone matters only for knowing today's date.
const dayMs = 24 * 60 * 60 * 1000

function toUtcMs(value: CalendarDate): number {
  const [year, month, day] = value.split('-').map(Number) as [number, number, number]
  return Date.UTC(year, month - 1, day)
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0')

/** A calendar date from its parts (month 1 to 12), written YYYY-MM-DD. */
const calendarDate = (year: number, month: number, day: number) =>
  `${pad(year, 4)}-${pad(month)}-${pad(day)}` as CalendarDate

function fromUtcMs(ms: number): CalendarDate {
  const date = new Date(ms)
  return calendarDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate())
}

/** The date `days` after `date` (before it when negative): addDays("2025-12-29", 5) is "2026-01-03". */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromUtcMs(toUtcMs(date) + days * dayMs)
}

/** Whole days from `from` to `to`: 1 when `to` is the next day, negative when it is earlier. */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return Math.round((toUtcMs(to) - toUtcMs(from)) / dayMs)
}

/** The same day `months` later (earlier when negative); a day the month lacks becomes its last (31 Jan → 28 Feb). */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number]
  const monthIndex = year * 12 + (month - 1) + months
  const newYear = Math.floor(monthIndex / 12)
  const newMonth = monthIndex - newYear * 12 + 1
  // Day 0 of the next month is the last day of this one.
  const lastDay = new Date(Date.UTC(newYear, newMonth, 0)).getUTCDate()
  return calendarDate(newYear, newMonth, Math.min(day, lastDay))
}

/** Today's date where the reader is (their device's time zone): the one place local time is wanted. */
export function localCalendarDate(now: Date = new Date()): CalendarDate {
  return fromUtcMs(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()))
}

const weekdayNames = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']
const hindiWeekdayNames = ['रविवार', 'सोमवार', 'मंगलवार', 'बुधवार', 'गुरुवार', 'शुक्रवार', 'शनिवार']
// The usual short Hindi weekdays drop "वार" (day); month names are short enough to keep whole.
const hindiShortWeekday = (name: string) => name.replace(/वार$/, '')
const short = (name: string) => name.slice(0, 3)
const weekdayOf = (value: CalendarDate) => new Date(toUtcMs(value)).getUTCDay()

/** "2025-12-04" → "Thu 4 Dec" ("गुरु, 4 दिसंबर"), with the year ("Fri 2 Jan 2026") when asked. */
export function formatShortDate(
  value: CalendarDate,
  { withYear = false, ...style }: { withYear?: boolean } & Partial<DateStyle> = {},
): string {
  const [year, month, day] = value.split('-').map(Number) as [number, number, number]
  const yearPart = withYear ? ` ${year}` : ''
  if (style.locale === 'hi') {
    const weekday = hindiShortWeekday(hindiWeekdayNames[weekdayOf(value)]!)
    return withDigits(`${weekday}, ${day} ${hindiMonthNames[month - 1]}${yearPart}`, style.digits ?? 'latin')
  }
  return `${short(weekdayNames[weekdayOf(value)]!)} ${day} ${short(monthNames[month - 1]!)}${yearPart}`
}

/** "2025-12-04" → "Thursday 4 December 2025" ("गुरुवार, 4 दिसंबर 2025"). */
export function formatLongDate(value: CalendarDate, style: DateStyle = english): string {
  if (style.locale === 'hi') return `${hindiWeekdayNames[weekdayOf(value)]}, ${formatCalendarDate(value, style)}`
  return `${weekdayNames[weekdayOf(value)]} ${formatCalendarDate(value)}`
}
