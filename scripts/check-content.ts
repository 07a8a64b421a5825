// The content step's second half: after `contentlayer2 build`, check everything Contentlayer does
// not, and stop the build with one line per problem (file, field, what to change).
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { overdueWarning, resolveToday, reviewSchedule } from '../lib/content/freshness'
import { formatProblem } from '../lib/content/model'
import { readingGradeProblems } from '../lib/content/readability'
import { toSourceDocument } from '../lib/content/sources'
import { validateContent } from '../lib/content/validate'

const contentDir = process.env.CONTENT_DIR ?? 'content'
const generated = join(process.cwd(), '.contentlayer', 'generated')
const read = (type: string) => {
  // Contentlayer writes no index for a data file that is missing; the check then names the file.
  const index = join(generated, type, '_index.json')
  if (!existsSync(index)) return []
  const value = JSON.parse(readFileSync(index, 'utf8'))
  return (Array.isArray(value) ? value : [value]).map((doc) => toSourceDocument(doc, contentDir))
}

const sources = {
  articles: read('Article'),
  faqs: read('Faq'),
  site: read('Site'),
  aftercareSchedule: read('AftercareSchedule'),
  regions: read('Regions'),
  references: read('References'),
  glossary: read('Glossary'),
}
const { problems: validationProblems, content } = validateContent(
  sources,
  // Check what a build publishes: drafts are validated but neither linked to nor checked for links.
  { includeDrafts: false },
)
// Plain language (lib/content/editorial-standards.ts), checked beside the rest so that one run lists
// everything to fix; a draft is work in progress and is checked once it is published.
const problems = [
  ...validationProblems,
  // What a patient reads: the pages with the country's values filled in, when the rest is valid.
  ...readingGradeProblems(
    content ?? { articles: sources.articles.filter((doc) => doc.data.draft !== true), faqs: sources.faqs },
  ),
]

if (problems.length > 0 || !content) {
  console.error(`\nContent check failed: ${problems.length} problem(s) to fix in ${contentDir}/\n`)
  for (const problem of problems) console.error(`  ✗ ${formatProblem(problem)}`)
  console.error('')
  process.exit(1)
}

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
    ...content.articles.map((a) => ({ file: a.file, label: a.title, lastReviewed: a.lastReviewed, nextReviewDue: a.nextReviewDue })),
    ...content.faqs.map((f) => ({ file: f.file, label: f.question, lastReviewed: f.lastReviewed })),
  ],
  today,
).filter((entry) => entry.status === 'overdue')
if (overdue.length > 0) {
  console.warn(`\nWarning: ${overdue.length} document(s) past their review date on ${today}; the build goes on (run \`npm run content:report\` for every date):\n`)
  for (const entry of overdue) console.warn(`  ⚠ ${overdueWarning(entry)}`)
  console.warn('')
}
console.log(`Content check passed: ${content.articles.length} articles, ${content.faqs.length} FAQ answers, clinic settings. Aftercare schedule: ${content.aftercareSchedule.items.length} items.`)
