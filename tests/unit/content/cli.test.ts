// End-to-end: the real content step (`contentlayer2 build && tsx scripts/check-content.ts`, as in
// `npm run content`, which `npm run build` and `npm test` run first) on a throwaway copy of the
// fixture content. Slow (about 2 s a case), so it covers one case of each kind; validate.test.ts
// covers the rest in-process.
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, unlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { baselineDir, expectedProblemsFile, fixturesRoot, lineOf, repoRoot } from '@/tests/support/content'

// What the content step needs from the repository; `content/` is the fixture copy instead.
const linked = ['node_modules', 'lib', 'scripts', 'contentlayer.config.ts', 'package.json', 'tsconfig.json', 'public']

type Step = { status: number | null; output: string }
type Run = { contentlayer: Step; check?: Step; output: string }

let workDir: string | undefined

/** Makes a working copy of the repository whose content/ is the baseline plus `caseName`'s files. */
function makeWorkDir(caseName?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'content-cli-'))
  for (const name of linked) symlinkSync(join(repoRoot, name), join(dir, name))
  mkdirSync(join(dir, 'content'))
  cpSync(baselineDir, join(dir, 'content'), { recursive: true })
  // The case's expected.yaml is the test's, not content.
  if (caseName)
    cpSync(join(fixturesRoot, caseName), join(dir, 'content'), {
      recursive: true,
      filter: (source) => !source.endsWith(`/${expectedProblemsFile}`),
    })
  return dir
}

function removeWorkDir(dir: string) {
  // Unlink the symlinks first so that nothing can ever reach the repository's own files.
  for (const name of linked) if (existsSync(join(dir, name))) unlinkSync(join(dir, name))
  rmSync(dir, { recursive: true, force: true })
}

function step(dir: string, command: string, args: string[]): Step {
  // Contentlayer takes its working directory from $PWD before process.cwd() (@contentlayer2/core
  // dist/cwd.js): without PWD it would build the repository's own content/ into its .contentlayer/.
  const env: NodeJS.ProcessEnv = { ...process.env, PWD: dir, FORCE_COLOR: '0', NO_COLOR: '1' }
  delete env.CONTENT_DIR
  const result = spawnSync(join(dir, 'node_modules', '.bin', command), args, {
    cwd: dir,
    env,
    encoding: 'utf8',
    timeout: 60_000,
  })
  if (result.error) throw result.error
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` }
}

/** `contentlayer2 build && tsx scripts/check-content.ts`, in `dir`. */
function runContentStep(dir: string): Run {
  const contentlayer = step(dir, 'contentlayer2', ['build'])
  if (contentlayer.status !== 0) return { contentlayer, output: contentlayer.output }
  const check = step(dir, 'tsx', ['scripts/check-content.ts'])
  return { contentlayer, check, output: `${contentlayer.output}\n${check.output}` }
}

afterEach(() => {
  if (workDir) removeWorkDir(workDir)
  workDir = undefined
})

type CliCase = {
  name: string
  fixture: string
  /** Which half of the content step stops the build. */
  failsIn: 'contentlayer' | 'check'
  /** Text the output must contain: the file, the field, what is wrong. */
  mentions: string[]
}

const rawHtmlFile = join(fixturesRoot, 'md-raw-html-script', 'articles', 'script.md')

const cliCases: CliCase[] = [
  // A misspelled required field: Contentlayer reports the missing field (not the misspelling).
  {
    name: 'misspelled field (titel:)',
    fixture: 'article-misspelled-field',
    failsIn: 'contentlayer',
    mentions: ['articles/misspelled.md', 'missing the following required fields', 'title'],
  },
  {
    name: 'unknown field',
    fixture: 'article-unknown-field',
    failsIn: 'contentlayer',
    mentions: ['articles/unknown-field.md', 'extra fields', 'author'],
  },
  {
    name: 'missing required FAQ field',
    fixture: 'faq-missing-field',
    failsIn: 'contentlayer',
    mentions: ['faq/how-many-sessions.md', 'missing the following required fields', 'related'],
  },
  {
    name: 'impossible date',
    fixture: 'article-impossible-date',
    failsIn: 'check',
    mentions: ['content/articles/impossible-date.md: lastReviewed: must be a real date', '"2025-02-30"'],
  },
  {
    name: 'description too long',
    fixture: 'article-description-too-long',
    failsIn: 'check',
    mentions: ['content/articles/long-description.md: description: must be at most 160 characters'],
  },
  {
    name: 'broken internal link',
    fixture: 'article-broken-links',
    failsIn: 'check',
    mentions: ['content/articles/broken-links.md: link "/no-such-page" goes to a page that does not exist'],
  },
  {
    name: 'missing image',
    fixture: 'image-missing-file',
    failsIn: 'check',
    mentions: ['content/articles/missing-image.md: image "/diagrams/no-such-diagram.svg" does not exist'],
  },
  {
    name: 'aftercare schedule: a day out of order',
    fixture: 'schedule-last-day-before-first-day',
    failsIn: 'check',
    mentions: ['content/aftercare-schedule.yaml: items[3].lastDay: must be the same as firstDay or later'],
  },
  {
    name: 'aftercare schedule: a section the article does not have',
    fixture: 'schedule-missing-section',
    failsIn: 'check',
    mentions: [
      'content/aftercare-schedule.yaml: items[2].readMore: "/aftercare#no-such-section" goes to a section "#no-such-section" that /aftercare does not have',
    ],
  },
  {
    name: 'aftercare schedule: care its article says lasts, ending the day it starts',
    fixture: 'schedule-lasting-one-day',
    failsIn: 'check',
    mentions: [
      'content/aftercare-schedule.yaml: items[6].lastDay: ends on the day it starts, but /aftercare#itching says it lasts',
    ],
  },
  {
    name: 'aftercare schedule: unknown field',
    fixture: 'schedule-unknown-top-level-field',
    failsIn: 'contentlayer',
    mentions: ['aftercare-schedule.yaml', 'extra fields', 'reminders'],
  },
  {
    name: 'raw HTML',
    fixture: 'md-raw-html-script',
    failsIn: 'contentlayer',
    mentions: [
      'articles/script.md',
      'Raw HTML is not allowed',
      `(line ${lineOf(readFileSync(rawHtmlFile, 'utf8'), '<script>')})`,
    ],
  },
]

describe('the content step (contentlayer2 build && tsx scripts/check-content.ts)', () => {
  it('passes the valid baseline', () => {
    workDir = makeWorkDir()
    const run = runContentStep(workDir)
    expect(run.contentlayer.status, run.output).toBe(0)
    expect(run.check?.status, run.output).toBe(0)
    expect(run.output).toContain('Content check passed: 6 articles, 2 FAQ answers, clinic settings.')
    // It really built the copy, not the repository's content.
    expect(existsSync(join(workDir, '.contentlayer', 'generated', 'Article', 'articles__procedure.md.json'))).toBe(true)
  }, 90_000)

  it.each(cliCases)(
    'fails on $name, naming the file and the field',
    ({ fixture, failsIn, mentions }) => {
      workDir = makeWorkDir(fixture)
      const run = runContentStep(workDir)
      if (failsIn === 'contentlayer') {
        expect(run.contentlayer.status, run.output).not.toBe(0)
        expect(run.check).toBeUndefined()
      } else {
        expect(run.contentlayer.status, run.output).toBe(0)
        expect(run.check?.status, run.output).toBe(1)
        expect(run.output).toContain('Content check failed')
      }
      for (const text of mentions) expect(run.output).toContain(text)
      expect(run.output).not.toContain('Content check passed')
    },
    90_000,
  )
})
