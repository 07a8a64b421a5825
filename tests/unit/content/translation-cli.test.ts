// End-to-end: the real content step (`contentlayer2 build`, `tsx scripts/check-content.ts`) and
// `npm run content:report` on a copy of the English baseline with its Hindi, one translation made from
// an older English page. Slow (a few seconds): one run covers Contentlayer's Hindi document types, the
// warning channel (a list, and GitHub annotations) and the report's translation section.
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, unlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { baselineDir, repoRoot, translationBaselineDir, translationFixturesRoot } from '@/tests/support/content'

const linked = ['node_modules', 'lib', 'scripts', 'contentlayer.config.ts', 'package.json', 'tsconfig.json', 'public']
let dir = ''

function run(command: string, args: string[], env: Record<string, string> = {}) {
  const fullEnv: NodeJS.ProcessEnv = { ...process.env, PWD: dir, FORCE_COLOR: '0', NO_COLOR: '1', ...env }
  delete fullEnv.CONTENT_DIR
  delete fullEnv.GITHUB_STEP_SUMMARY
  const result = spawnSync(join(dir, 'node_modules', '.bin', command), args, {
    cwd: dir,
    env: fullEnv,
    encoding: 'utf8',
    timeout: 60_000,
  })
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` }
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'content-translations-'))
  for (const name of linked) symlinkSync(join(repoRoot, name), join(dir, name))
  mkdirSync(join(dir, 'content'))
  cpSync(baselineDir, join(dir, 'content'), { recursive: true })
  cpSync(translationBaselineDir, join(dir, 'content'), { recursive: true })
  cpSync(join(translationFixturesRoot, 'older-than-english'), join(dir, 'content'), { recursive: true })
})

afterAll(() => {
  for (const name of linked) if (existsSync(join(dir, name))) unlinkSync(join(dir, name))
  rmSync(dir, { recursive: true, force: true })
})

describe('the content step with a Hindi translation older than its English page', () => {
  it('builds the Hindi files, passes, and warns with file and field (an annotation on GitHub)', () => {
    const contentlayer = run('contentlayer2', ['build'])
    expect(contentlayer.status, contentlayer.output).toBe(0)
    const check = run('tsx', ['scripts/check-content.ts'], { GITHUB_ACTIONS: 'true', CI: 'true' })
    expect(check.status, check.output).toBe(0)
    expect(check.output).toContain('⚠ content/hi/articles/procedure.md: translationOf: the English page')
    expect(check.output).toMatch(
      /::warning file=content\/hi\/articles\/procedure\.md,line=4,title=translationOf::the English page/,
    )
    expect(check.output).toContain('Content check passed')
  })

  it('reports untranslated pages, older translations, method, reviewer and sentence lengths', () => {
    const report = run('tsx', ['scripts/content-report.ts'], { CONTENT_TODAY: '2026-12-01' })
    expect(report.status, report.output).toBe(0)
    expect(report.output).toContain('  - content/articles/what-is-smp.md')
    expect(report.output).toContain('  - content/faq/does-it-hurt.md')
    expect(report.output).toContain(
      '  - content/hi/articles/procedure.md: made from 2026-10-01, English reviewed 2026-11-20',
    )
    expect(report.output).toMatch(
      /content\/hi\/articles\/if-something-goes-wrong\.md +\| professional +\| Dr Asha Example, Dermatologist who reads Hindi/,
    )
    expect(report.output).toMatch(/content\/hi\/articles\/aftercare\.md +\| machine +\| not reviewed .*\| ok +\|/)
  })

  it('lists the clinic values content/site.yaml still leaves as TODO, with an example of each', () => {
    const report = run('tsx', ['scripts/content-report.ts'], { CONTENT_TODAY: '2026-12-01' })
    // The baseline's site.yaml leaves all four TODO.
    for (const field of ['replyTime', 'privacy.controller', 'privacy.readBy', 'privacy.keptFor'])
      expect(report.output).toMatch(new RegExp(`^  - ${field.replace('.', '\\.')}: TODO \\(e\\.g\\. ".+"\\)$`, 'm'))
  })
})
