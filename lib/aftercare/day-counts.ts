// A schedule is advice, not a fact: every number of days (or weeks) that an item gives must be one
// that the article section it links to also gives, and an item that advises must leave the last word
// to the practitioner. Checked in the content step, so the planner and its calendar file never say
// more than the articles do.
import type { Root } from 'hast'
import { sectionOf } from '@/lib/content/headings'
import { proseBlocks } from '@/lib/content/readability'
import type { ContentProblem } from '@/lib/content/model'
import type { AftercareSchedule, ScheduleItem } from './types'

export const practitionerDecides = 'unless your practitioner advises otherwise'

const daysPerWeek = 7
const wordNumbers: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
}
const numberWord = `(\\d+|${Object.keys(wordNumbers).join('|')})`

/** The day counts a text gives: every whole number, and weeks (and "a month", 4 weeks) as days too. */
export function dayCountsIn(text: string): Set<number> {
  const counts = new Set<number>()
  const lower = text.toLowerCase()
  for (const [, digits] of lower.matchAll(/(?<![\d.])(\d+)(?![\d.]\d)/g)) counts.add(Number(digits))
  const value = (word: string) => wordNumbers[word] ?? Number(word)
  // "4 to 6 weeks": both ends are weeks.
  for (const [, from, to] of lower.matchAll(
    new RegExp(`\\b${numberWord}(?:\\s+(?:to|or|and)\\s+${numberWord})?\\s+weeks?\\b`, 'g'),
  )) {
    counts.add(value(from!) * daysPerWeek)
    if (to) counts.add(value(to) * daysPerWeek)
  }
  if (/\b(?:a|one|about a)\s+month\b/.test(lower)) counts.add(4 * daysPerWeek)
  return counts
}

/**
 * The language a schedule and its pages are written in, for the checks: the words that leave the last word to
 * the practitioner, how numbers of days are read from its text, and how a problem names the linked page.
 */
export type ScheduleLanguage = {
  practitionerDecides: string
  dayCountsIn: (text: string) => Set<number>
  /** Put before the linked address in a problem, e.g. "the translated" (empty in English). */
  pageLabel?: string
}

const english: ScheduleLanguage = { practitionerDecides, dayCountsIn }

/**
 * The numbers an item gives: those in its words, and its first and last day (0 and ±1 are implied; "in the
 * days before" and ongoing care give none).
 */
function itemDayCounts(item: ScheduleItem, countsIn: ScheduleLanguage['dayCountsIn']): number[] {
  const fromDays = [item.firstDay, item.lastDay]
    .filter((day): day is number => typeof day === 'number')
    .map(Math.abs)
    .filter((n) => n > 1)
  return [...new Set([...countsIn(`${item.title} ${item.explanation}`), ...fromDays])].sort((a, b) => a - b)
}

export type ArticleTree = { path: string; tree: Root }

/** How a schedule problem names a linked page: "/aftercare#washing", or "the translated /aftercare#washing". */
export const labelledPage = (href: string, pageLabel?: string) => (pageLabel ? `${pageLabel} ${href}` : href)

/** The prose of the section a link lands on ("/aftercare#shaving"); undefined for a missing page or section. */
export function linkedSectionText(articles: ArticleTree[], href: string): string | undefined {
  const [path, hash = ''] = href.split('#', 2)
  const tree = articles.find((article) => article.path === path)?.tree
  const section = tree === undefined ? undefined : sectionOf(tree, hash)
  return section === undefined ? undefined : proseBlocks(section).join('\n')
}

export function dayCountProblems(
  schedule: AftercareSchedule,
  file: string,
  articles: ArticleTree[],
  language: ScheduleLanguage = english,
): ContentProblem[] {
  const page = (href: string) => labelledPage(href, language.pageLabel)
  const problems: ContentProblem[] = []
  const sectionCounts = (href: string) => {
    const text = linkedSectionText(articles, href)
    // A link to a missing page or section is reported by the readMore check.
    return text === undefined ? undefined : language.dayCountsIn(text)
  }

  schedule.items.forEach((item, index) => {
    const where = `(the item “${item.title}”)`
    const phrase = language.practitionerDecides
    if (item.kind !== 'milestone' && !item.explanation.toLowerCase().includes(phrase.toLowerCase())) {
      problems.push({
        file,
        field: `items[${index}].explanation`,
        message: `advises, so it must say "${phrase}" ${where}`,
      })
    }
    const allowed = sectionCounts(item.readMore)
    if (!allowed) return
    const missing = itemDayCounts(item, language.dayCountsIn).filter((n) => !allowed.has(n))
    if (missing.length > 0) {
      problems.push({
        file,
        field: `items[${index}]`,
        message: `gives ${missing.join(', ')} day(s), which ${page(item.readMore)} does not give ${where}: use the article's numbers, or add the number to the article`,
      })
    }
  })

  const { afterWeeks, readMore } = schedule.nextSession
  const allowed = sectionCounts(readMore)
  if (allowed && !allowed.has(afterWeeks * daysPerWeek)) {
    problems.push({
      file,
      field: 'nextSession.afterWeeks',
      message: `${afterWeeks} weeks is not a gap that ${page(readMore)} gives`,
    })
  }
  return problems
}
