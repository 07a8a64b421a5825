// The content step's first half (`npm run content`): read the files as the editor saved them
// (lib/content/raw.ts), then run `contentlayer2 build` on a normalised copy and pass its own problems through the same
// report as the content check's (lib/content/report.ts): one line each in a terminal, an annotation
// and the job summary on GitHub.
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { contentlayerProblems } from '../../lib/content/contentlayer-output'
import { stageContent } from '../../lib/content/normalise'
import { rawProblems } from '../../lib/content/raw'
import { reportProblems } from '../../lib/content/report'

const contentDir = process.env.CONTENT_DIR ?? 'content'

const early = rawProblems(contentDir)
if (early.length > 0) {
  reportProblems(early, { contentDir })
  process.exit(1)
}

// Contentlayer reads a normalised copy (lib/content/normalise.ts): the same page whatever the line
// endings, byte-order mark or trailing spaces. Its paths inside the folder are the same as content/'s.
const staged = join('.content', 'source')
stageContent(contentDir, staged)
const result = spawnSync(join(process.cwd(), 'node_modules', '.bin', 'contentlayer2'), ['build'], {
  encoding: 'utf8',
  env: { ...process.env, CONTENT_DIR: staged, NO_COLOR: '1', FORCE_COLOR: '0' },
})
if (result.error) throw result.error
const output = `${result.stdout}\n${result.stderr}`
if (result.status === 0) {
  process.stdout.write(result.stdout)
  process.exit(0)
}
const problems = contentlayerProblems(output, contentDir)
// Output it does not word as problems (a crash) is shown as it came, so nothing is hidden.
if (problems.length === 0) process.stderr.write(output)
reportProblems(
  problems.length ? problems : [{ file: contentDir, message: 'Contentlayer failed (its output is above)' }],
  {
    contentDir,
  },
)
process.exit(1)
