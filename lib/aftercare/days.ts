// How the plan names days before a date is chosen, and without JavaScript: counted from the
// session ("Day 0", "Days 1 to 3", "3 days before", "In the days before", "From day 0"), in the planner's language.
import { lowerFirst, say, type PlannerLanguage } from './language'
import { daysBefore, ongoing, type FirstDay, type LastDay } from './types'

/**
 * One day or date, or two joined by the language's "{from} to {to}" (or by `join`, e.g. "{from}, up to {to}"):
 * kept apart so that a range may wrap between its ends, never inside a date.
 */
export type Span = { from: string; to?: string; join?: string }

export const spanText = (span: Span, language: PlannerLanguage) =>
  span.to === undefined ? span.from : say(language, span.join ?? language.words.range, { from: span.from, to: span.to })

/** "Day 5", "The day before", "3 days before". */
export function dayLabel(day: number, language: PlannerLanguage): string {
  const { words } = language
  if (day >= 0) return say(language, words.day, { day })
  return day === -1 ? say(language, words.dayBefore) : say(language, words.daysBefore, { days: -day })
}

/**
 * "Day 5", "Days 1 to 3", "7 days before to the day before", "3 days before to day 0"; where the articles
 * give no number, "In the days before" (up to its last day, when that is not the day before) and "From day 0".
 */
export function daySpan(firstDay: FirstDay, lastDay: LastDay, language: PlannerLanguage): Span {
  const { words } = language
  if (lastDay === ongoing)
    return { from: say(language, words.fromDay, { day: firstDay === daysBefore ? 0 : firstDay }) }
  if (firstDay === daysBefore)
    return lastDay === -1
      ? { from: words.inDaysBefore }
      : { from: words.inDaysBefore, to: lowerFirst(dayLabel(lastDay, language)), join: words.upTo }
  if (firstDay === lastDay) return { from: dayLabel(firstDay, language) }
  if (firstDay >= 0) return { from: say(language, words.dayRange, { first: firstDay, last: lastDay }) }
  return { from: dayLabel(firstDay, language), to: lowerFirst(dayLabel(lastDay, language)) }
}

/** The span as one line of text: "Days 1 to 3", "7 days before to the day before". */
export const dayRangeLabel = (firstDay: FirstDay, lastDay: LastDay, language: PlannerLanguage) =>
  spanText(daySpan(firstDay, lastDay, language), language)
