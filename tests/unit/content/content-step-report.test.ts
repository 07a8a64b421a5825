// End-to-end, like cli.test.ts, but through `npm run content`'s own first half
// (`tsx scripts/content/build.ts`: the raw look, then Contentlayer on a normalised copy) and
// `tsx scripts/check-content.ts`: one format for every problem, GitHub annotations and the job
// summary when GITHUB_ACTIONS=true, and the same page however the file was saved.
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, unlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { CheckedContent } from '@/lib/content/model'
import { baselineDir, fixturesRoot, repoRoot } from '@/tests/support/content'

const stepFixtures = join(repoRoot, 'tests', 'fixtures', 'content-step')
const linked = ['node_modules', 'lib', 'scripts', 'public', 'contentlayer.config.ts', 'package.json', 'tsconfig.json']

let workDir: string | undefined

function makeWorkDir(caseDir: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'content-report-'))
  for (const name of linked) symlinkSync(join(repoRoot, name), join(dir, name))
  mkdirSync(join(dir, 'content'))
  cpSync(baselineDir, join(dir, 'content'), { recursive: true })
  cpSync(caseDir, join(dir, 'content'), { recursive: true })
  return dir
}

afterEach(() => {
  if (!workDir) return
  // Unlink the symlinks first so that nothing can ever reach the repository's own files.
  for (const name of linked) if (existsSync(join(workDir, name))) unlinkSync(join(workDir, name))
  rmSync(workDir, { recursive: true, force: true })
  workDir = undefined
})

type Run = { status: number | null; stdout: string; stderr: string; summary: string }

/** `tsx scripts/content/build.ts && tsx scripts/check-content.ts`, as `npm run content` runs them. */
function contentStep(dir: string, github: boolean): Run {
  const summaryFile = join(dir, 'step-summary.md')
  const env: NodeJS.ProcessEnv = { ...process.env, PWD: dir, FORCE_COLOR: '0', NO_COLOR: '1' }
  delete env.CONTENT_DIR
  delete env.GITHUB_ACTIONS
  delete env.GITHUB_STEP_SUMMARY
  if (github) Object.assign(env, { GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summaryFile })
  let stdout = ''
  let stderr = ''
  let status: number | null = 0
  for (const script of ['scripts/content/build.ts', 'scripts/check-content.ts']) {
    const result = spawnSync(join(dir, 'node_modules', '.bin', 'tsx'), [script], {
      cwd: dir,
      env,
      encoding: 'utf8',
      timeout: 90_000,
    })
    if (result.error) throw result.error
    stdout += result.stdout
    stderr += result.stderr
    status = result.status
    if (status !== 0) break
  }
  return { status, stdout, stderr, summary: existsSync(summaryFile) ? readFileSync(summaryFile, 'utf8') : '' }
}

const annotations = (run: Run) => run.stdout.split('\n').filter((line) => line.startsWith('::'))

describe('the content step on GitHub (GITHUB_ACTIONS=true)', () => {
  it('annotates each problem of the check on its line and writes the summary table', () => {
    workDir = makeWorkDir(join(stepFixtures, 'github-annotations'))
    const run = contentStep(workDir, true)
    expect(run.status, run.stderr).toBe(1)
    const file = 'content/articles/annotated.md'
    const linkFile = 'content/articles/broken-link.md'
    expect(annotations(run)).toEqual([
      `::error file=${file},line=3,title=description::must be at least 20 characters`,
      `::error file=${linkFile},line=9,title=content::link "/no-such-page" goes to a page that does not exist`,
    ])
    expect(run.summary).toBe(
      [
        '## Content check failed: 2 problem(s) to fix in content/',
        '',
        '| file | line | field | problem |',
        '| --- | --- | --- | --- |',
        `| ${file} | 3 | description | must be at least 20 characters |`,
        `| ${linkFile} | 9 |  | link "/no-such-page" goes to a page that does not exist |`,
        '',
        '',
      ].join('\n'),
    )
    // The terminal's lines are there too, with the line added.
    expect(run.stderr).toContain(`✗ ${file}: description: must be at least 20 characters (line 3)`)
  }, 180_000)

  it('names a misspelt field before Contentlayer runs, on its line', () => {
    workDir = makeWorkDir(join(fixturesRoot, 'article-misspelled-field'))
    const run = contentStep(workDir, true)
    expect(run.status).toBe(1)
    expect(annotations(run)).toEqual([
      '::error file=content/articles/misspelled.md,line=2,title=content::unknown field(s) "titel": check the spelling: did you mean "title"?',
    ])
    expect(run.stderr).not.toContain('missing the following required fields')
    expect(run.summary).toContain('| content/articles/misspelled.md | 2 |  | unknown field(s) "titel"')
  }, 180_000)

  it("puts Contentlayer's own problems through the same report", () => {
    workDir = makeWorkDir(join(fixturesRoot, 'article-wrong-type-order'))
    const run = contentStep(workDir, true)
    expect(run.status).toBe(1)
    expect(annotations(run)).toEqual([
      expect.stringMatching(
        /^::error file=content\/articles\/wrong-order\.md,line=4,title=order::has the wrong kind of value \("fourth"\)/,
      ),
    ])
    expect(run.stderr).toContain('✗ content/articles/wrong-order.md: order: has the wrong kind of value')
    expect(run.stderr).not.toContain('└──')
  }, 180_000)

  it('gives front matter that cannot be read one plain message with its line', () => {
    workDir = makeWorkDir(join(stepFixtures, 'unreadable-tab'))
    const run = contentStep(workDir, false)
    expect(run.status).toBe(1)
    expect(run.stderr).toContain(
      '✗ content/articles/tab.md: the front matter cannot be read: a tab is used for indenting (use spaces) (line 6)',
    )
    expect(run.stderr.match(/✗/g)).toHaveLength(1)
  }, 180_000)

  it('prints no annotations outside GitHub', () => {
    workDir = makeWorkDir(join(fixturesRoot, 'article-misspelled-field'))
    const run = contentStep(workDir, false)
    expect(run.status).toBe(1)
    expect(annotations(run)).toEqual([])
    expect(run.stderr).toContain(
      '✗ content/articles/misspelled.md: unknown field(s) "titel": check the spelling: did you mean "title"? (line 2)',
    )
  }, 180_000)
})

describe('the same page however it was saved', () => {
  it('builds the same page from LF, CRLF, CR, a byte-order mark and trailing spaces', () => {
    workDir = makeWorkDir(join(stepFixtures, 'saved-five-ways'))
    const run = contentStep(workDir, false)
    expect(run.status, run.stderr).toBe(0)
    const checked = JSON.parse(readFileSync(join(workDir, '.content', 'content.json'), 'utf8')) as CheckedContent
    const pages = ['lf', 'crlf', 'cr', 'bom', 'trailing'].map((slug) => {
      const article = checked.content?.articles.find((a) => a.slug === slug)
      expect(article, slug).toBeDefined()
      const { title: _title, order: _order, slug: _slug, file: _file, ...rest } = article!
      return rest
    })
    expect(pages[0]!.html).toContain('<li>Wear a dark top.</li>')
    expect(pages[0]!.html).not.toContain('<br>')
    for (const page of pages.slice(1)) expect(page).toEqual(pages[0])
  }, 180_000)
})
