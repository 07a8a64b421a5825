// The data files of which there is exactly one (site.yaml, the aftercare schedule, regions,
// references, glossary), each checked with its zod schema, and the clinic's country's entry.
import type { z } from 'zod'
import { aftercareScheduleSchema, itemHint } from '@/lib/aftercare/schema'
import type { AftercareSchedule } from '@/lib/aftercare/types'
import { glossarySchema, type Glossary } from '@/lib/glossary/schema'
import { regionsSchema, type Region } from '@/lib/site/regions'
import { siteSettingsSchema, type SiteSettings } from '@/lib/site/schema'
import type { ContentProblem, SourceDocument } from './model'
import { duplicates, zodProblems } from './problems'
import { referencesSchema, type References } from './references'

export type SettingsSources = {
  site: SourceDocument[]
  aftercareSchedule: SourceDocument[]
  regions: SourceDocument[]
  references: SourceDocument[]
  glossary: SourceDocument[]
}

/** Each is undefined when its file is missing or wrong (the problem is reported). */
export type Settings = {
  site?: SiteSettings
  aftercareSchedule?: AftercareSchedule
  region?: Region
  /** Every country's entry (a translation's wording is checked against each). */
  regions?: z.infer<typeof regionsSchema>['regions']
  references?: References
  glossary?: Glossary
}

export const siteFile = 'content/site.yaml'

function singleton<T>(
  docs: SourceDocument[],
  file: string,
  what: string,
  schema: z.ZodType<T>,
  problems: ContentProblem[],
  hint?: (data: unknown, path: readonly PropertyKey[]) => string,
): T | undefined {
  if (docs.length !== 1) {
    problems.push({ file, message: `there must be exactly one ${what} file (found ${docs.length})` })
    return undefined
  }
  const [doc] = docs as [SourceDocument]
  const parsed = schema.safeParse(doc.data)
  if (parsed.success) return parsed.data
  problems.push(...zodProblems(doc.file, parsed.error, hint && ((path) => hint(doc.data, path)), schema))
  return undefined
}

export function checkSettings(sources: SettingsSources, problems: ContentProblem[]): Settings {
  const site = singleton(sources.site, siteFile, 'clinic settings', siteSettingsSchema, problems)
  const aftercareSchedule = singleton(
    sources.aftercareSchedule,
    'content/aftercare-schedule.yaml',
    'aftercare schedule',
    aftercareScheduleSchema,
    problems,
    itemHint,
  )
  const regions = singleton(sources.regions, 'content/regions.yaml', 'country help (regions)', regionsSchema, problems)
  const references = singleton(
    sources.references,
    'content/references.yaml',
    'sources (references)',
    referencesSchema,
    problems,
  )
  const glossary = singleton(sources.glossary, 'content/glossary.yaml', 'glossary', glossarySchema, problems)

  let region: Region | undefined
  if (site && regions) {
    region = regions.regions[site.countryCode]
    if (!region) {
      const known = Object.keys(regions.regions).sort().join(', ')
      problems.push({
        file: sources.site[0]?.file ?? siteFile,
        field: 'countryCode',
        message: `"${site.countryCode}" has no entry in content/regions.yaml (it has ${known}): add the country there, or use one of those codes`,
      })
    }
  }
  if (glossary) {
    problems.push(
      ...duplicates(
        glossary.terms,
        (t) => t.id,
        () => 'content/glossary.yaml',
        (id) => `terms: the id "${id}"`,
      ),
    )
  }
  return { site, aftercareSchedule, region, regions: regions?.regions, references, glossary }
}
