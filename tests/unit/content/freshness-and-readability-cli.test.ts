// End-to-end, like cli.test.ts: the real content step (`contentlayer2 build`, then
// `tsx scripts/check-content.ts`) and `tsx scripts/content-report.ts` on a throwaway copy of the
// fixture content, for what the step adds to validateContent: the review-date warning (a warning,
// exit 0) and the plain-language limit (a failure naming the file and its grade).
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, unlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { formatGrade, readabilityOf } from '@/lib/content/readability'
import { readingGradeLimits } from '@/lib/content/editorial-standards'
import { baselineDir, compileMarkdownFile, repoRoot } from '@/tests/support/content'

const stepFixtures = join(repoRoot, 'tests', 'fixtures', 'content-step')
// What the content step needs from the repository; `content/` is the fixture copy instead.
const linked = ['node_modules', 'lib', 'scripts', 'public', 'contentlayer.config.ts', 'package.json', 'tsconfig.json']

let workDir: string | undefined

function makeWorkDir(caseName: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'content-step-'))
  for (const name of linked) if (existsSync(join(repoRoot, name))) symlinkSync(join(repoRoot, name), join(dir, name))
  mkdirSync(join(dir, 'content'))
  cpSync(baselineDir, join(dir, 'content'), { recursive: true })
  cpSync(join(stepFixtures, caseName), join(dir, 'content'), { recursive: true })
  return dir
}

afterEach(() => {
  if (!workDir) return
  // Unlink the symlinks first so that nothing can ever reach the repository's own files.
  for (const name of linked) if (existsSync(join(workDir, name))) unlinkSync(join(workDir, name))
  rmSync(workDir, { recursive: true, force: true })
  workDir = undefined
})

type Step = { status: number | null; stdout: string; stderr: string; output: string }

function run(dir: string, command: string, args: string[], extraEnv: Record<string, string> = {}): Step {
  // Contentlayer takes its working directory from $PWD (see cli.test.ts).
  const env: NodeJS.ProcessEnv = { ...process.env, PWD: dir, FORCE_COLOR: '0', NO_COLOR: '1', ...extraEnv }
  delete env.CONTENT_DIR
  if (!('CONTENT_TODAY' in extraEnv)) delete env.CONTENT_TODAY
  const result = spawnSync(join(dir, 'node_modules', '.bin', command), args, {
    cwd: dir,
    env,
    encoding: 'utf8',
    timeout: 60_000,
  })
  if (result.error) throw result.error
  return {
    status: result.status,
    stdout: result.stdout,
    stderr: result.stderr,
    output: `${result.stdout}\n${result.stderr}`,
  }
}

describe('the content step and the review report on a page past its review date', () => {
  it('warns (file, due date, days overdue) without failing, and the report lists it first', () => {
    workDir = makeWorkDir('review-overdue')
    const contentlayer = run(workDir, 'contentlayer2', ['build'])
    expect(contentlayer.status, contentlayer.output).toBe(0)

    // nextReviewDue 2025-01-10; 2025-03-01 is 21 + 28 + 1 = 50 days later.
    const late = run(workDir, 'tsx', ['scripts/check-content.ts'], { CONTENT_TODAY: '2025-03-01' })
    expect(late.status, late.output).toBe(0)
    expect(late.stderr).toContain('Warning: 1 document(s) past their review date on 2025-03-01; the build goes on')
    expect(late.stderr).toContain('⚠ content/articles/review-overdue.md: review was due on 2025-01-10, 50 days ago')
    expect(late.stdout).toContain('Content check passed: 7 articles, 2 FAQ answers, clinic settings.')

    // On the due date itself nothing is overdue yet.
    const onTime = run(workDir, 'tsx', ['scripts/check-content.ts'], { CONTENT_TODAY: '2025-01-10' })
    expect(onTime.status, onTime.output).toBe(0)
    expect(onTime.output).not.toContain('Warning')
    expect(onTime.stdout).toContain('Content check passed: 7 articles')

    const report = run(workDir, 'tsx', ['scripts/content-report.ts'], { CONTENT_TODAY: '2025-03-01' })
    expect(report.status, report.output).toBe(0)
    const rows = report.stdout.split('\n').filter((line) => line.startsWith('| content/'))
    expect(rows).toHaveLength(9)
    expect(rows[0]).toMatch(
      /^\| content\/articles\/review-overdue\.md +\| A page whose review is overdue +\| 2024-01-10 +\| 2025-01-10 +\| OVERDUE by 50 days/,
    )
    expect(report.stdout).toContain('9 documents: 1 overdue, 0 due within 30 days, 8 ok.')
    // Pages no clinician has signed off: every page but the baseline's one with a reviewedBy.
    const unsigned = report.stdout.split('Pages without a clinical reviewer')[1]?.split('Translations:')[0] ?? ''
    expect(unsigned).toContain('  - content/articles/review-overdue.md')
    expect(unsigned).not.toContain('content/articles/what-is-smp.md')
    expect(report.stdout).toContain('8 of 9 documents have no clinical reviewer.')
  }, 120_000)
})

describe('the content step on an article above the reading-grade limit', () => {
  it('fails, naming the file, its grade and the limit', () => {
    workDir = makeWorkDir('hard-to-read')
    const contentlayer = run(workDir, 'contentlayer2', ['build'])
    expect(contentlayer.status, contentlayer.output).toBe(0)

    const check = run(workDir, 'tsx', ['scripts/check-content.ts'])
    expect(check.status, check.output).toBe(1)
    const file = join(stepFixtures, 'hard-to-read', 'articles', 'hard-to-read.md')
    const grade = readabilityOf(compileMarkdownFile(readFileSync(file, 'utf8')).tree).grade
    expect(grade).toBeGreaterThan(readingGradeLimits.article + 5)
    expect(check.stderr).toContain('Content check failed: 1 problem(s)')
    expect(check.stderr).toContain(
      `✗ content/articles/hard-to-read.md: reading grade ${formatGrade(grade)} is above the limit of ${readingGradeLimits.article} for an article`,
    )
    expect(check.output).not.toContain('Content check passed')
  }, 120_000)
})
