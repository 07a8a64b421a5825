// The site's own Hindi words (the dictionaries in lib/i18n/words/ and the content step's words) follow the same
// termbase as the Hindi pages (content/hi/termbase.yaml, checked by the content step): one term per idea, one
// spelling style, whether a sentence comes from an editor or from code.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { describe, expect, it } from 'vitest'
import { termbaseProblems, termbaseSchema } from '@/lib/content/termbase'
import { formatProblem } from '@/lib/content/model'

const termbaseFile = 'content/hi/termbase.yaml'
const termbase = termbaseSchema.parse(parse(readFileSync(termbaseFile, 'utf8')))
const wordsDir = join('lib', 'i18n', 'words')
const files = [
  ...readdirSync(wordsDir)
    .filter((name) => name.endsWith('.ts'))
    .map((name) => join(wordsDir, name)),
  join('lib', 'content', 'words.ts'),
].map((file) => ({ file, text: readFileSync(file, 'utf8') }))

describe("the site's own Hindi words", () => {
  it('are read from every dictionary', () => {
    expect(files.filter(({ text }) => /[\u0900-\u097F]/.test(text)).length).toBeGreaterThan(10)
  })

  it(`use the one term for each idea and the one spelling (${termbaseFile})`, () => {
    expect(termbaseProblems(termbase, termbaseFile, files).map(formatProblem)).toEqual([])
  })
})
