// A translated language's data files (content/hi/site.yaml, regions.yaml, glossary.yaml,
// aftercare-schedule.yaml), each checked with its zod schema and then against the English file: a
// translation changes words, never a number, an id or the order of things. Each file may be left out
// (the language's pages then use the English one); a second copy is a problem.
import type { z } from 'zod'
import { aftercareScheduleSchema, itemHint } from '@/lib/aftercare/schema'
import type { AftercareSchedule, ScheduleItem } from '@/lib/aftercare/types'
import { glossarySchema, type Glossary } from '@/lib/glossary/schema'
import type { Digits } from '@/lib/i18n/digits'
import type { TranslatedLocale } from '@/lib/i18n/locales'
import { regionExampleTokens, regionsWordingSchema, type Region, type RegionWording } from '@/lib/site/regions'
import { translatedSiteSchema, type SiteSettings, type TranslatedSiteSettings } from '@/lib/site/schema'
import { withSiteWording } from '@/lib/site/wording'
import type { ContentProblem, SourceDocument } from './model'
import { zodProblems } from './problems'

export type TranslatedSettingsSources = {
  site: SourceDocument[]
  regions: SourceDocument[]
  glossary: SourceDocument[]
  aftercareSchedule: SourceDocument[]
}

/** The English settings a translation is checked against (undefined where the English file is broken). */
export type EnglishSettings = {
  site?: SiteSettings
  regions?: Record<string, Region>
  glossary?: Glossary
  aftercareSchedule?: AftercareSchedule
}

/** What the language's files give; each is undefined when its file is missing (or wrong: reported). */
export type TranslatedSettings = {
  digits: Digits
  /** The clinic's settings with the language's words (content/<locale>/site.yaml), when that file is right. */
  site?: SiteSettings
  /** The clinic's country: the English entry with the language's words. */
  region?: Region
  glossary?: Glossary
  aftercareSchedule?: AftercareSchedule
  /** content/<locale>/aftercare-schedule.yaml, when there is one. */
  scheduleFile?: string
}

function optionalFile<T>(
  docs: SourceDocument[],
  file: string,
  schema: z.ZodType<T>,
  problems: ContentProblem[],
  hint?: (data: unknown, path: readonly PropertyKey[]) => string,
): T | undefined {
  if (docs.length === 0) return undefined
  if (docs.length > 1) {
    problems.push({ file, message: `there must be at most one such file (found ${docs.length})` })
    return undefined
  }
  const [doc] = docs as [SourceDocument]
  const parsed = schema.safeParse(doc.data)
  if (parsed.success) return parsed.data
  problems.push(...zodProblems(doc.file, parsed.error, hint && ((path) => hint(doc.data, path)), schema))
  return undefined
}

/** The English entry with the language's words over it: the numbers and the locale stay English. */
export function withRegionWording(region: Region, wording: RegionWording): Region {
  const { otherNumbers, urgentAdvice, dataProtection, ...words } = wording
  return {
    ...region,
    ...words,
    dataProtection: { ...region.dataProtection, ...dataProtection },
    ...(region.otherNumbers
      ? {
          otherNumbers: region.otherNumbers.map((other, i) => ({
            ...other,
            label: otherNumbers?.[i]?.label ?? other.label,
          })),
        }
      : {}),
    ...(region.urgentAdvice ? { urgentAdvice: { ...region.urgentAdvice, ...urgentAdvice } } : {}),
  }
}

/** Every English country has its words, with as many other numbers, and urgent advice where the English has it. */
function regionWordingProblems(
  file: string,
  wording: Record<string, RegionWording>,
  english: Record<string, Region>,
): ContentProblem[] {
  const problems: ContentProblem[] = []
  for (const [code, region] of Object.entries(english)) {
    const words = wording[code]
    if (!words) {
      problems.push({
        file,
        field: 'regions',
        message: `has no entry for ${code}: translate the words of content/regions.yaml's ${code} entry (the numbers stay there)`,
      })
      continue
    }
    const field = (name: string) => `regions.${code}.${name}`
    const others = region.otherNumbers?.length ?? 0
    if ((words.otherNumbers?.length ?? 0) !== others) {
      problems.push({
        file,
        field: field('otherNumbers'),
        message: `has ${words.otherNumbers?.length ?? 0} label(s), but content/regions.yaml's ${code} entry has ${others} other number(s): one label for each, in the same order`,
      })
    }
    for (const token of regionExampleTokens) {
      if ((words[token] === undefined) !== (region[token] === undefined)) {
        problems.push({
          file,
          field: field(token),
          message:
            region[token] === undefined
              ? `content/regions.yaml's ${code} entry has no ${token}: remove it here too`
              : `is missing: content/regions.yaml's ${code} entry has one: translate it`,
        })
      }
    }
    if (Boolean(words.urgentAdvice) !== Boolean(region.urgentAdvice)) {
      problems.push({
        file,
        field: field('urgentAdvice'),
        message: region.urgentAdvice
          ? `is missing: content/regions.yaml's ${code} entry has urgent advice (${region.urgentAdvice.name}): translate its name and purpose`
          : `content/regions.yaml's ${code} entry has no urgent advice to translate: remove it`,
      })
    }
  }
  for (const code of Object.keys(wording).filter((code) => !english[code])) {
    problems.push({
      file,
      field: `regions.${code}`,
      message: `content/regions.yaml has no ${code} entry (it has ${Object.keys(english).sort().join(', ')}): add it there first, or remove it here`,
    })
  }
  return problems
}

/**
 * The language's clinic wording fits content/site.yaml: one entry per place with as many opening-hours lines, and
 * a value for each one the clinic has written there (none for a value still TODO there).
 */
export function siteWordingProblems(
  file: string,
  wording: TranslatedSiteSettings,
  english: SiteSettings,
): ContentProblem[] {
  const englishFile = 'content/site.yaml'
  const problems: ContentProblem[] = []
  if (wording.locations && wording.locations.length !== english.locations.length) {
    problems.push({
      file,
      field: 'locations',
      message: `has ${wording.locations.length} place(s), but ${englishFile} has ${english.locations.length}: one entry for each place, in the same order`,
    })
  } else {
    wording.locations?.forEach((place, index) => {
      const lines = english.locations[index]!.openingHours.length
      if (place.openingHours && place.openingHours.length !== lines) {
        problems.push({
          file,
          field: `locations[${index}].openingHours`,
          message: `has ${place.openingHours.length} line(s), but ${englishFile} has ${lines} for “${english.locations[index]!.name}”: translate each line, in the same order`,
        })
      }
    })
  }
  const pair = (field: string, ours: string | undefined, theirs: string | undefined) => {
    if (ours === undefined && theirs !== undefined)
      problems.push({ file, field, message: `is missing: ${englishFile} has one (“${theirs}”): translate it` })
    if (ours !== undefined && theirs === undefined)
      problems.push({
        file,
        field,
        message: `${englishFile} has no value here yet (TODO there): remove it here until the clinic writes it there`,
      })
  }
  pair('replyTime', wording.replyTime, english.replyTime)
  pair('privacy.readBy', wording.privacy?.readBy, english.privacy.readBy)
  pair('privacy.keptFor', wording.privacy?.keptFor, english.privacy.keptFor)
  return problems
}

/** The same ids as the English glossary, in the same order (each term keeps its /glossary#id). */
export function glossaryIdProblems(file: string, translated: Glossary, english: Glossary): ContentProblem[] {
  const ours = translated.terms.map((term) => term.id)
  const theirs = english.terms.map((term) => term.id)
  const problems: ContentProblem[] = []
  theirs.forEach((id, index) => {
    if (!ours.includes(id))
      problems.push({
        file,
        field: 'terms',
        message: `has no term with the id "${id}" (content/glossary.yaml's terms[${index}]): translate it, in the same place`,
      })
  })
  ours.forEach((id, index) => {
    if (!theirs.includes(id))
      problems.push({
        file,
        field: `terms[${index}].id`,
        message: `"${id}" is not an id in content/glossary.yaml: use the English term's id (ids are never translated)`,
      })
  })
  if (problems.length > 0) return problems
  const first = ours.findIndex((id, index) => id !== theirs[index])
  if (first !== -1) {
    problems.push({
      file,
      field: `terms[${first}].id`,
      message: `is "${ours[first]}", but content/glossary.yaml has "${theirs[first]}" here: list the terms in the English order`,
    })
  }
  return problems
}

const sameValue = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)
const show = (value: unknown) => (value === undefined ? 'nothing' : JSON.stringify(value))

/** A translated schedule gives the English days, kinds, links and sessions: only its words differ. */
export function scheduleFieldProblems(
  file: string,
  translated: AftercareSchedule,
  english: AftercareSchedule,
): ContentProblem[] {
  const englishFile = 'content/aftercare-schedule.yaml'
  const problems: ContentProblem[] = []
  const differs = (field: string, ours: unknown, theirs: unknown, where = '') => {
    if (!sameValue(ours, theirs))
      problems.push({
        file,
        field,
        message: `is ${show(ours)}, but ${englishFile} has ${show(theirs)}: only the words are translated (title, explanation, allowedAgain); the rest must be the English file's${where}`,
      })
  }
  differs('nextSession.afterWeeks', translated.nextSession.afterWeeks, english.nextSession.afterWeeks)
  differs('nextSession.readMore', translated.nextSession.readMore, english.nextSession.readMore)
  if (translated.items.length !== english.items.length) {
    problems.push({
      file,
      field: 'items',
      message: `has ${translated.items.length} items, but ${englishFile} has ${english.items.length}: translate every item, in the same order`,
    })
  }
  translated.items.slice(0, english.items.length).forEach((item, index) => {
    const theirs = english.items[index]!
    const where = ` (the item “${item.title}”, in English “${theirs.title}”)`
    for (const name of ['kind', 'firstDay', 'lastDay', 'readMore', 'sessions'] as const) {
      differs(`items[${index}].${name}`, item[name], theirs[name], where)
    }
    if ((item.allowedAgain === undefined) !== (theirs.allowedAgain === undefined)) {
      problems.push({
        file,
        field: `items[${index}].allowedAgain`,
        message: theirs.allowedAgain
          ? `is missing: the English item says what is allowed again (“${theirs.allowedAgain}”): translate it${where}`
          : `the English item says nothing is allowed again: remove it${where}`,
      })
    }
  })
  return problems
}

/** The English schedule with the translation's words (the numbers are the English file's, checked equal). */
function withScheduleWording(english: AftercareSchedule, translated: AftercareSchedule): AftercareSchedule {
  const words = (item: ScheduleItem, ours: ScheduleItem): ScheduleItem => ({
    ...item,
    title: ours.title,
    explanation: ours.explanation,
    ...(item.allowedAgain !== undefined && ours.allowedAgain !== undefined ? { allowedAgain: ours.allowedAgain } : {}),
  })
  return {
    nextSession: {
      ...english.nextSession,
      afterSession1: translated.nextSession.afterSession1,
      afterSession2: translated.nextSession.afterSession2,
    },
    items: english.items.map((item, index) => words(item, translated.items[index]!)),
  }
}

export function checkTranslatedSettings(
  locale: TranslatedLocale,
  sources: TranslatedSettingsSources,
  english: EnglishSettings,
  problems: ContentProblem[],
): TranslatedSettings {
  const fileOf = (docs: SourceDocument[], name: string) => docs[0]?.file ?? `content/${locale}/${name}`
  const settings: TranslatedSettings = { digits: 'latin' }

  const siteFile = fileOf(sources.site, 'site.yaml')
  const site = optionalFile(sources.site, siteFile, translatedSiteSchema, problems)
  if (site) {
    settings.digits = site.digits
    if (english.site) {
      const found = siteWordingProblems(siteFile, site, english.site)
      problems.push(...found)
      if (found.length === 0) settings.site = withSiteWording(english.site, site, site.digits)
    }
  }

  const regionsFile = fileOf(sources.regions, 'regions.yaml')
  const wording = optionalFile(sources.regions, regionsFile, regionsWordingSchema, problems)
  if (wording && english.regions) {
    const found = regionWordingProblems(regionsFile, wording.regions, english.regions)
    problems.push(...found)
    const code = english.site?.countryCode
    const region = code === undefined ? undefined : english.regions[code]
    const words = code === undefined ? undefined : wording.regions[code]
    if (found.length === 0 && region && words) settings.region = withRegionWording(region, words)
  }

  const glossaryFile = fileOf(sources.glossary, 'glossary.yaml')
  const glossary = optionalFile(sources.glossary, glossaryFile, glossarySchema, problems)
  if (glossary && english.glossary) {
    const found = glossaryIdProblems(glossaryFile, glossary, english.glossary)
    problems.push(...found)
    if (found.length === 0) settings.glossary = glossary
  }

  const scheduleFile = fileOf(sources.aftercareSchedule, 'aftercare-schedule.yaml')
  const schedule = optionalFile(sources.aftercareSchedule, scheduleFile, aftercareScheduleSchema, problems, itemHint)
  if (schedule && english.aftercareSchedule) {
    const found = scheduleFieldProblems(scheduleFile, schedule, english.aftercareSchedule)
    problems.push(...found)
    if (found.length === 0) {
      settings.aftercareSchedule = withScheduleWording(english.aftercareSchedule, schedule)
      settings.scheduleFile = scheduleFile
    }
  }
  return settings
}
