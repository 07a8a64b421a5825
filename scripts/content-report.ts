// `npm run content:report`: every article's and FAQ answer's review dates, what is overdue first.
// A report, not a check: it reads the markdown files themselves (so it works even while the content
// has errors) and always exits 0. CONTENT_DIR picks another content folder; CONTENT_TODAY=YYYY-MM-DD
// reports as if it were that day.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import { parse as parseYaml } from 'yaml'
import { faqReviewIntervalMonths, reviewSoonDays } from '../lib/content/editorial-standards'
import {
  resolveToday,
  reviewSchedule,
  withoutClinicalReviewer,
  type ReviewedDocument,
  type ReviewEntry,
} from '../lib/content/freshness'
import { sentenceLengthLimits } from '../lib/content/editorial-standards'
import { translationReport } from '../lib/content/translation-report'
import { localeNames, translatedLocales, type TranslatedLocale } from '../lib/i18n/locales'
import { unfilledClinicValues } from '../lib/site/schema'
import { textTable } from './text-table'

const contentDir = process.env.CONTENT_DIR ?? 'content'
const frontMatterPattern = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/

function markdownFiles(dir: string): string[] {
  let names: string[]
  try {
    names = readdirSync(dir)
  } catch {
    return []
  }
  return names.flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return markdownFiles(path)
    return name.endsWith('.md') ? [path] : []
  })
}

/** What one file says about its reviews; a file whose front matter cannot be read shows as an invalid date. */
function readDocument(path: string, labelField: 'title' | 'question', hasNextReviewDue: boolean): ReviewedDocument {
  const fromHere = relative(process.cwd(), path)
  const file = (fromHere.startsWith('..') ? path : fromHere).split(sep).join('/')
  let data: Record<string, unknown> = {}
  try {
    data = (parseYaml(frontMatterPattern.exec(readFileSync(path, 'utf8'))?.[1] ?? '') ?? {}) as Record<string, unknown>
  } catch {
    // Reported below as an invalid date; `npm run content` names the actual mistake.
  }
  const text = (value: unknown) => (typeof value === 'string' ? value : value === undefined ? '' : String(value))
  const label = text(data[labelField]) || '(no readable front matter)'
  const reviewer = data.reviewedBy as { name?: unknown; role?: unknown } | undefined
  const clinicalReviewer = reviewer?.name ? [reviewer.name, reviewer.role].filter(Boolean).map(text).join(', ') : ''
  return {
    ...(clinicalReviewer ? { clinicalReviewer } : {}),
    file,
    label: data.draft === true ? `${label} (draft)` : label,
    lastReviewed: text(data.lastReviewed),
    ...(hasNextReviewDue ? { nextReviewDue: text(data.nextReviewDue) } : {}),
  }
}

function describeStatus(entry: ReviewEntry): string {
  const days = Math.abs(entry.daysLeft ?? 0)
  const inDays = `${days} day${days === 1 ? '' : 's'}`
  switch (entry.status) {
    case 'invalid-date':
      return 'INVALID DATE'
    case 'overdue':
      return `OVERDUE by ${inDays}`
    case 'due-soon':
      return days === 0 ? 'due today' : `due soon (in ${inDays})`
    case 'ok':
      return `ok (in ${inDays})`
  }
}

const shorten = (text: string, max = 56) => (text.length > max ? `${text.slice(0, max - 1)}…` : text)

let today: ReturnType<typeof resolveToday>
try {
  today = resolveToday(process.env.CONTENT_TODAY, new Date())
} catch (error) {
  console.error((error as Error).message)
  process.exit(1)
}

const entries = reviewSchedule(
  [
    ...markdownFiles(join(contentDir, 'articles')).map((path) => readDocument(path, 'title', true)),
    ...markdownFiles(join(contentDir, 'faq')).map((path) => readDocument(path, 'question', false)),
  ],
  today,
)

const count = (status: ReviewEntry['status']) => entries.filter((entry) => entry.status === status).length
console.log(`Review dates in ${contentDir}/ on ${today}\n`)
console.log(
  textTable(
    ['file', 'title or question', 'last reviewed', 'next review due', 'status', 'clinical reviewer'],
    entries.map((entry) => [
      entry.file,
      shorten(entry.label),
      entry.lastReviewed || '-',
      `${entry.due ?? (entry.nextReviewDue || '-')}${entry.nextReviewDue === undefined && entry.due ? ' *' : ''}`,
      describeStatus(entry),
      entry.clinicalReviewer ?? 'none',
    ]),
  ),
)
console.log(`\n* FAQ answers have no nextReviewDue: they are due ${faqReviewIntervalMonths} months after lastReviewed.`)
console.log(
  `${entries.length} documents: ${count('overdue')} overdue, ${count('due-soon')} due within ${reviewSoonDays} days, ` +
    `${count('ok')} ok${count('invalid-date') ? `, ${count('invalid-date')} with an invalid date (run npm run content)` : ''}.`,
)

// Pages say so themselves ("no clinician has signed this page off yet"); here an editor sees them all.
const unsigned = withoutClinicalReviewer(entries)
console.log(
  unsigned.length === 0
    ? '\nEvery page has a clinical reviewer.'
    : `\nPages without a clinical reviewer (checked against their sources only; FAQ answers have no reviewer field):\n${unsigned
        .map((entry) => `  - ${entry.file}`)
        .join('\n')}\n${unsigned.length} of ${entries.length} documents have no clinical reviewer.`,
)

// The clinic's own values the contact page and the privacy notice need (content/site.yaml): until they are
// written, those pages tell people to ask the clinic.
function readSiteData(): unknown {
  try {
    return parseYaml(readFileSync(join(contentDir, 'site.yaml'), 'utf8'))
  } catch {
    return undefined
  }
}
const unfilled = unfilledClinicValues(readSiteData())
console.log(
  unfilled.length === 0
    ? `\nEvery clinic value in ${contentDir}/site.yaml is filled in.`
    : `\nClinic values still to fill in ${contentDir}/site.yaml (the pages say "ask us" until then):\n${unfilled
        .map(({ field, example }) => `  - ${field}: TODO (e.g. "${example}")`)
        .join('\n')}`,
)

/** The languages' names in English, for the report's words. */
const languageNames: Record<TranslatedLocale, string> = { hi: 'Hindi' }

// Each translated language: what is not translated yet, what the English has moved on from, who
// checked what, and the plain-language check (sentence length) per file.
for (const locale of translatedLocales) {
  const report = translationReport(contentDir, locale)
  const name = `${localeNames[locale]} (${locale})`
  console.log(`\nTranslations: ${name}, in ${contentDir}/${locale}/\n`)
  console.log(
    report.untranslated.length === 0
      ? 'Every English page and answer has a translation.'
      : `English pages and answers without a translation (their ${locale} address shows the English with a notice):\n${report.untranslated.map((file) => `  - ${file}`).join('\n')}`,
  )
  const newer = report.files.filter((file) => file.englishIsNewer)
  console.log(
    newer.length === 0
      ? '\nNo translation is older than its English page.'
      : `\nTranslations whose English page is newer (update them, then set translationOf):\n${newer
          .map(
            (file) => `  - ${file.file}: made from ${file.translationOf}, English reviewed ${file.englishLastReviewed}`,
          )
          .join('\n')}`,
  )
  console.log(
    `\nEach translated file (sentences: no sentence over ${sentenceLengthLimits.longest} words, at most ${sentenceLengthLimits.average} on average):\n`,
  )
  console.log(
    textTable(
      ['file', 'translation', 'checked by', 'made from', 'sentences', 'average words', 'longest', 'plain language'],
      report.files.map((file) => [
        file.file,
        file.method,
        file.reviewedBy ?? 'not reviewed',
        `${file.translationOf}${file.englishIsNewer ? ' (English newer)' : ''}${file.englishFile ? '' : ' (no English file)'}`,
        String(file.sentences?.count ?? '-'),
        file.sentences?.average ?? '-',
        String(file.sentences?.longest ?? '-'),
        file.sentences ? (file.sentences.ok ? 'ok' : 'OVER THE LIMIT') : 'cannot be read',
      ]),
      ['left', 'left', 'left', 'left', 'right', 'right', 'right', 'left'],
    ),
  )
  const unreviewed = report.files.filter((file) => !file.reviewedBy).length
  console.log(
    `\n${report.files.length} translated files: ${unreviewed} not reviewed by a ${languageNames[locale]}-speaking clinician, ${newer.length} older than the English, ${report.untranslated.length} English pages without one.`,
  )
}
