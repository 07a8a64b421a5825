// The schedule's advice checks (lib/aftercare/day-counts.ts, lib/aftercare/lasting.ts) for a translated
// schedule: the same rules, with the language's phrase and number words: every do/avoid item leaves the last
// word to the practitioner, every number of days (or weeks) it gives is one the linked section of the
// language's page also gives, and care that section describes as lasting does not end on the day it starts.
// The English patterns still apply (digits, "(4 weeks)").
import type { Root } from 'hast'
import { dayCountProblems, dayCountsIn } from '@/lib/aftercare/day-counts'
import { englishLasting, firstMatch, lastingProblems } from '@/lib/aftercare/lasting'
import type { AftercareSchedule } from '@/lib/aftercare/types'
import type { TranslatedLocale } from '@/lib/i18n/locales'
import type { ContentProblem } from './model'

/** "unless your practitioner advises otherwise", in each translated language. */
export const practitionerDecidesIn: Readonly<Record<TranslatedLocale, string>> = {
  hi: 'जब तक आपके प्रैक्टिशनर कुछ और न कहें',
}

const daysPerWeek = 7
const hindiNumbers: Record<string, number> = {
  एक: 1,
  दो: 2,
  तीन: 3,
  चार: 4,
  पांच: 5,
  पाँच: 5,
  छह: 6,
  छः: 6,
  सात: 7,
  आठ: 8,
  नौ: 9,
  दस: 10,
}
const hindiNumber = `(\\d+|${Object.keys(hindiNumbers).join('|')})`
// "4 से 6 हफ़्ते", "2 या 3 सप्ताह": both ends are weeks. Nukta spellings (हफ़्ते, हफ्ते) are made one below.
const hindiWeeks = new RegExp(
  `(?<![\\p{L}\\p{M}\\d])${hindiNumber}(?:\\s*(?:से|या|और|-|–)\\s*${hindiNumber})?\\s+(?:हफ्ते|हफ्तों|हफ्ता|सप्ताह|सप्ताहों)(?![\\p{L}\\p{M}])`,
  'gu',
)
const hindiMonth = /(?<![\p{L}\p{M}])(?:एक|लगभग एक|करीब एक)\s+(?:महीने|महीना)(?![\p{L}\p{M}])/u

/** The day counts a Hindi (or English) text gives: every whole number, weeks as days, "एक महीना" as 4 weeks. */
export function translatedDayCountsIn(text: string): Set<number> {
  const counts = dayCountsIn(text)
  // फ़ is written both as one letter (U+095E) and as फ + nukta: one spelling for the patterns.
  const plain = text
    .normalize('NFC')
    .replace(/\u095E/g, 'फ')
    .replace(/\u093C/g, '')
  const value = (word: string) => hindiNumbers[word] ?? Number(word)
  for (const [, from, to] of plain.matchAll(hindiWeeks)) {
    counts.add(value(from!) * daysPerWeek)
    if (to) counts.add(value(to) * daysPerWeek)
  }
  if (hindiMonth.test(plain)) counts.add(4 * daysPerWeek)
  return counts
}

// How the Hindi pages say care lasts through healing: "सेशन के बाद के हफ़्तों में" (in the weeks after),
// "ठीक होने के दौरान" (while it heals), "जैसे-जैसे स्कैल्प ठीक होता है" (as the scalp heals), "जब तक … ठीक न
// हो" (until it has healed). "जब तक" alone is in every item ("जब तक आपके प्रैक्टिशनर कुछ और न कहें").
// फ़ is written both as one letter (U+095E) and as फ + nukta.
const fa = '(?:\u095E|\u092B\u093C?)'
const hindiLasting = [
  new RegExp(`के बाद के ह${fa}्तों में`, 'u'),
  /ठीक होने के दौरान/u,
  /जैसे-जैसे[^।.!?]*?ठीक हो/u,
  /जब तक[^।.!?]*?ठीक (?:न )?हो/u,
]

/** The first phrase in a Hindi (or English) text that says care lasts through healing, as written there. */
export const translatedLastingPhraseIn = (text: string) =>
  firstMatch([...hindiLasting, ...englishLasting], text.normalize('NFC'))

/** The problems of a translated schedule's advice, against the language's pages (English path → its tree). */
export function translatedScheduleProblems(
  locale: TranslatedLocale,
  schedule: AftercareSchedule,
  file: string,
  pages: { path: string; tree: Root }[],
): ContentProblem[] {
  const pageLabel = 'the translated'
  return [
    ...dayCountProblems(schedule, file, pages, {
      practitionerDecides: practitionerDecidesIn[locale],
      dayCountsIn: translatedDayCountsIn,
      pageLabel,
    }),
    ...lastingProblems(schedule, file, pages, {
      lastingPhraseIn: translatedLastingPhraseIn,
      pageLabel,
    }),
  ]
}
