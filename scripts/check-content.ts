// The content step's second half: after `contentlayer2 build`, check everything Contentlayer does
// not, and stop the build with one line per problem (file, field, what to change).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { formatProblem } from '../lib/content/model'
import { toSourceDocument } from '../lib/content/sources'
import { validateContent } from '../lib/content/validate'

const contentDir = process.env.CONTENT_DIR ?? 'content'
const generated = join(process.cwd(), '.contentlayer', 'generated')
const read = (type: string) => {
  const value = JSON.parse(readFileSync(join(generated, type, '_index.json'), 'utf8'))
  return (Array.isArray(value) ? value : [value]).map((doc) => toSourceDocument(doc, contentDir))
}

const { problems, content } = validateContent(
  { articles: read('Article'), faqs: read('Faq'), site: read('Site') },
  // Check what a build publishes: drafts are validated but neither linked to nor checked for links.
  { includeDrafts: false },
)

if (problems.length > 0 || !content) {
  console.error(`\nContent check failed: ${problems.length} problem(s) to fix in ${contentDir}/\n`)
  for (const problem of problems) console.error(`  ✗ ${formatProblem(problem)}`)
  console.error('')
  process.exit(1)
}
console.log(`Content check passed: ${content.articles.length} articles, ${content.faqs.length} FAQ answers, clinic settings.`)
