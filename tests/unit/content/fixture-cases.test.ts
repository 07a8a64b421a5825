// One runner for the content step's bad cases: each folder in tests/fixtures/content/ is laid over its valid/, and
// each in tests/fixtures/translations/ over both baselines (the Hindi over the English); the folder's expected.yaml
// says what the check must report (file, field, a fragment of the message) and nothing else. A new case is a folder
// with its files and its expected.yaml; no test code to edit.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { describe, expect, it } from 'vitest'
import { formatProblem } from '@/lib/content/model'
import { validateContent } from '@/lib/content/validate'
import {
  expectedProblemsFile,
  fixturesRoot,
  loadSources,
  matchesProblem,
  type ExpectedProblem,
} from '@/tests/support/content'

type Case = { name: string; includeDrafts: boolean; expected: ExpectedProblem[] }

// Folders that are not cases of their own: the baseline, markdown the pipeline refuses before any check
// (markdown.test.ts), and fixtures other tests read for what they show beside the problems.
const notCases = (name: string) =>
  name === 'valid' || name.startsWith('md-') || ['draft-with-headings', 'faq-with-heading'].includes(name)

const folders = readdirSync(fixturesRoot, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && !notCases(entry.name))
  .map((entry) => entry.name)

const cases: Case[] = folders
  .filter((name) => existsSync(join(fixturesRoot, name, expectedProblemsFile)))
  .map((name) => {
    const data = parse(readFileSync(join(fixturesRoot, name, expectedProblemsFile), 'utf8')) as Partial<Case>
    return { name, includeDrafts: data.includeDrafts ?? false, expected: data.expected ?? [] }
  })

describe('the content step: each bad case names the file and the field', () => {
  it('every case folder says what it expects', () => {
    expect(folders.filter((name) => !cases.some((c) => c.name === name))).toEqual([])
  })

  it.each(cases)('$name (includeDrafts: $includeDrafts)', ({ name, includeDrafts, expected }) => {
    const { problems, content } = validateContent(loadSources(name), { includeDrafts })
    const listing = problems.map(formatProblem).join('\n')
    for (const want of expected)
      expect(
        problems.some((problem) => matchesProblem(problem, want)),
        `no problem ${JSON.stringify(want)} in:\n${listing}`,
      ).toBe(true)
    expect(problems, `expected ${expected.length} problem(s), got:\n${listing}`).toHaveLength(expected.length)
    if (expected.length > 0) expect(content).toBeUndefined()
    else expect(content).toBeDefined()
  })
})
