// How the plan names days before a date is chosen, and without JavaScript: counted from the
// session ("Day 0", "Days 1 to 3", "3 days before"), in the planner's language.
import { lowerFirst, say, type PlannerLanguage } from './language'

/**
 * One day or date, or two joined by the language's "{from} to {to}": kept apart so that a range
 * may wrap between its ends, never inside a date.
 */
export type Span = { from: string; to?: string }

export const spanText = (span: Span, language: PlannerLanguage) =>
  span.to === undefined ? span.from : say(language, language.words.range, { from: span.from, to: span.to })

/** "Day 5", "The day before", "3 days before". */
export function dayLabel(day: number, language: PlannerLanguage): string {
  const { words } = language
  if (day >= 0) return say(language, words.day, { day })
  return day === -1 ? say(language, words.dayBefore) : say(language, words.daysBefore, { days: -day })
}

/** "Day 5", "Days 1 to 3", "7 days before" to "the day before", "3 days before" to "day 0". */
export function daySpan(firstDay: number, lastDay: number, language: PlannerLanguage): Span {
  if (firstDay === lastDay) return { from: dayLabel(firstDay, language) }
  if (firstDay >= 0) return { from: say(language, language.words.dayRange, { first: firstDay, last: lastDay }) }
  return { from: dayLabel(firstDay, language), to: lowerFirst(dayLabel(lastDay, language)) }
}

/** "Day 5", "Days 1 to 3", "7 days before to the day before", "3 days before to day 0". */
export const dayRangeLabel = (firstDay: number, lastDay: number, language: PlannerLanguage) =>
  spanText(daySpan(firstDay, lastDay, language), language)
