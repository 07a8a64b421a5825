// The day-count check's twin (lib/aftercare/day-counts.ts): care that the linked article section, or the
// item's own words, describe as lasting through healing ("while your scalp heals", "in the weeks after",
// "until … healed") cannot end on the day it starts. The articles give no number of days for it, so the
// schedule marks it `lastDay: ongoing` (or gives a last day the article gives). Checked in the content step.
import type { ContentProblem } from '@/lib/content/model'
import { labelledPage, linkedSectionText, type ArticleTree } from './day-counts'
import type { AftercareSchedule } from './types'

/** How a language says that care lasts, and how a problem names the linked page. */
export type LastingLanguage = {
  /** The first phrase in a text that says something lasts through healing, as written there. */
  lastingPhraseIn: (text: string) => string | undefined
  /** Put before the linked address in a problem, e.g. "the translated" (empty in English). */
  pageLabel?: string
}

// "Until" and "while" count only with healing: "wait until your practitioner says it is OK" is about when
// to start, and "unless your practitioner advises otherwise" is in every item.
export const englishLasting: readonly RegExp[] = [
  /\bin the (?:first )?weeks after\b/i,
  /\b(?:while|as) (?:it|your scalp|the scalp|your skin|the skin) (?:heals|is healing)\b/i,
  /\buntil\b[^.!?]*?\bheal(?:s|ed)?\b/i,
]

/** The first of `patterns` found in `text`, as written there. */
export const firstMatch = (patterns: readonly RegExp[], text: string) =>
  patterns.map((pattern) => pattern.exec(text)?.[0]).find((found) => found !== undefined)

const english: LastingLanguage = { lastingPhraseIn: (text) => firstMatch(englishLasting, text) }

export function lastingProblems(
  schedule: AftercareSchedule,
  file: string,
  articles: ArticleTree[],
  language: LastingLanguage = english,
): ContentProblem[] {
  const page = (href: string) => labelledPage(href, language.pageLabel)
  const problems: ContentProblem[] = []
  schedule.items.forEach((item, index) => {
    // A milestone is a moment ("Your session"), not care; only a single day can contradict "lasts".
    if (item.kind === 'milestone' || item.firstDay !== item.lastDay) return
    const section = linkedSectionText(articles, item.readMore)
    const inSection = section === undefined ? undefined : language.lastingPhraseIn(section)
    const inItem = language.lastingPhraseIn(item.explanation)
    const says = inSection
      ? `${page(item.readMore)} says it lasts (“${inSection}”)`
      : inItem && `its explanation says it lasts (“${inItem}”)`
    if (!says) return
    problems.push({
      file,
      field: `items[${index}].lastDay`,
      message: `ends on the day it starts, but ${says} (the item “${item.title}”): write lastDay: ongoing, or a last day the article gives`,
    })
  })
  return problems
}
