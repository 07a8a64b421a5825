// Front-matter dates are calendar dates ("2026-11-20"), not instants: they are kept as strings
// and formatted without time zones, so that no reader sees them a day early or late.
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
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
]

/** "2026-11-20" → "20 November 2026", the same in every time zone. */
export function formatCalendarDate(value: CalendarDate | string): string {
  const match = isoDatePattern.exec(value)
  if (!match) return value
  return `${Number(match[3])} ${monthNames[Number(match[2]) - 1]} ${match[1]}`
}
