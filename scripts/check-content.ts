// The content step's second half: after `contentlayer2 build`, check everything Contentlayer does
// not (lib/content/check.ts), write what pages read to .content/, and stop the build with one line
// per problem (file, field, what to change).
import { checkContent } from '../lib/content/check'
import { overdueWarning, resolveToday, reviewSchedule } from '../lib/content/freshness'
import { generatedDir, readGenerated } from '../lib/content/generated'
import { checkedDir, writeChecked } from '../lib/content/output'
import { recordPublishedLinks } from '../lib/content/record-links'
import { reportProblems, reportWarnings } from '../lib/content/report'

const contentDir = process.env.CONTENT_DIR ?? 'content'
// Check what a build publishes: drafts are validated but neither linked to nor checked for links.
const sources = readGenerated(generatedDir(), contentDir)
const { validation, ...checked } = checkContent(sources, { includeDrafts: false, withAddresses: true })
const { problems, content, warnings = [] } = checked
const { addresses = [] } = validation
// Written even when it fails, so that a page read later names the problems instead of old content.
writeChecked(checkedDir(), checked)

if (problems.length > 0 || !content) {
  // One line each in a terminal; on GitHub also an annotation each and the job summary's table.
  reportProblems(problems, { contentDir })
  process.exit(1)
}

// Translations made from an older English page (and anything else that should not stop a build).
reportWarnings(warnings, { contentDir })

// A page past its review date warns but does not stop the build: the clinic decides when to review.
// CONTENT_TODAY=YYYY-MM-DD checks as if it were that day (used by the tests).
let today: ReturnType<typeof resolveToday>
try {
  today = resolveToday(process.env.CONTENT_TODAY, new Date())
} catch (error) {
  console.error(`\n${(error as Error).message}\n`)
  process.exit(1)
}
const overdue = reviewSchedule(
  [
    ...content.articles.map((a) => ({
      file: a.file,
      label: a.title,
      lastReviewed: a.lastReviewed,
      nextReviewDue: a.nextReviewDue,
    })),
    ...content.faqs.map((f) => ({ file: f.file, label: f.question, lastReviewed: f.lastReviewed })),
  ],
  today,
).filter((entry) => entry.status === 'overdue')
if (overdue.length > 0) {
  console.warn(
    `\nWarning: ${overdue.length} document(s) past their review date on ${today}; the build goes on (run \`npm run content:report\` for every date):\n`,
  )
  for (const entry of overdue) console.warn(`  ⚠ ${overdueWarning(entry)}`)
  console.warn('')
}
console.log(
  `Content check passed: ${content.articles.length} articles, ${content.faqs.length} FAQ answers, clinic settings. Aftercare schedule: ${content.aftercareSchedule.items.length} items.`,
)
// The published addresses are a promise (lib/content/published-links.ts): new ones join the list.
console.log(recordPublishedLinks(contentDir, sources.publishedLinks, addresses, { ci: Boolean(process.env.CI) }))
