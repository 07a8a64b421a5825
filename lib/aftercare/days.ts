// How the plan names days before a date is chosen, and without JavaScript: counted from the
// session ("Day 0", "Days 1 to 3", "3 days before").

/** "Day 0", "Day 5", "The day before", "3 days before". */
export function dayLabel(day: number): string {
  if (day >= 0) return `Day ${day}`
  return day === -1 ? 'The day before' : `${-day} days before`
}

/** "Day 5", "Days 1 to 3", "7 days before to the day before", "3 days before to day 0". */
export function dayRangeLabel(firstDay: number, lastDay: number): string {
  if (firstDay === lastDay) return dayLabel(firstDay)
  if (firstDay >= 0) return `Days ${firstDay} to ${lastDay}`
  const end = dayLabel(lastDay)
  return `${dayLabel(firstDay)} to ${end.charAt(0).toLowerCase()}${end.slice(1)}`
}
