// The schedule as one language's planner page shows it, made on the server so the island does no more
// than show it: each "read more" goes to the section on the page in that language ("/hi/aftercare#shaving"),
// and the numbers in the words are in the clinic's digits (content/hi/site.yaml), as the planner's own words
// are: "4 दिन" becomes "४ दिन" when the clinic writes Devanagari digits. The days stay numbers the planner
// counts with. Text already in Devanagari digits is left as it is.
import { withDigits, type Digits } from '@/lib/i18n/digits'
import { localePath, type Locale } from '@/lib/i18n/locales'
import type { AftercareSchedule, NextSessionText } from './types'

/** The schedule with every text a patient reads passed through `words` (days, kinds and links unchanged). */
export function mapScheduleWords(schedule: AftercareSchedule, words: (text: string) => string): AftercareSchedule {
  const next = (text: NextSessionText): NextSessionText => ({
    title: words(text.title),
    explanation: words(text.explanation),
  })
  return {
    nextSession: {
      ...schedule.nextSession,
      afterSession1: next(schedule.nextSession.afterSession1),
      afterSession2: next(schedule.nextSession.afterSession2),
    },
    items: schedule.items.map((item) => ({
      ...item,
      ...next(item),
      ...(item.allowedAgain === undefined ? {} : { allowedAgain: words(item.allowedAgain) }),
    })),
  }
}

export function scheduleForPage(schedule: AftercareSchedule, locale: Locale, digits: Digits): AftercareSchedule {
  const written = mapScheduleWords(schedule, (text) => withDigits(text, digits))
  return {
    nextSession: { ...written.nextSession, readMore: localePath(locale, written.nextSession.readMore) },
    items: written.items.map((item) => ({ ...item, readMore: localePath(locale, item.readMore) })),
  }
}

/** The "read more" link texts (lib/aftercare/read-more.ts: by the schedule's own addresses) for that schedule. */
export const titlesForPage = (titles: Record<string, string>, locale: Locale, digits: Digits): Record<string, string> =>
  Object.fromEntries(
    Object.entries(titles).map(([href, title]) => [localePath(locale, href), withDigits(title, digits)]),
  )
