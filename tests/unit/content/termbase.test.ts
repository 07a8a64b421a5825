// One Hindi word for each idea (content/hi/termbase.yaml): the content step's first look refuses a variant,
// naming the file, the idea, the variant found and the word to write. Fixture folders: tests/fixtures/termbase.
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { termbaseProblems, termbaseSelfProblems, type Termbase } from '@/lib/content/termbase'
import { termbaseFileProblems } from '@/lib/content/termbase-check'
import { repoRoot } from '@/tests/support/content'

const fixtures = join(repoRoot, 'tests', 'fixtures', 'termbase')
const messages = (dir: string) =>
  termbaseFileProblems(join(fixtures, dir)).map(({ file, line, message }) => ({
    file: file.slice(fixtures.length + 1),
    line,
    message,
  }))
const termbaseFile = (dir: string) => `${join(fixtures, dir)}/hi/termbase.yaml`

describe('the termbase check', () => {
  it('passes a folder that uses only the terms (a longer word that starts like a variant is not one)', () => {
    expect(messages('good')).toEqual([])
  })

  it('names each file, line, idea, variant and the word to write, the planner schedule included', () => {
    const inTermbase = `(the one term in ${termbaseFile('bad')})`
    expect(messages('bad')).toEqual([
      { file: 'bad/hi/aftercare-schedule.yaml', line: 2, message: `uses "इंक" for "ink": write "स्याही" ${inTermbase}` },
      {
        file: 'bad/hi/articles/page.md',
        line: 2,
        message: `uses "डर्मेटोलॉजिस्ट" for "dermatologist": write "त्वचा रोग विशेषज्ञ" ${inTermbase}`,
      },
      { file: 'bad/hi/articles/page.md', line: 6, message: `uses "इंक" for "ink": write "स्याही" ${inTermbase}` },
      {
        file: 'bad/hi/articles/page.md',
        line: 6,
        message: `uses "बुखार" for the spelling of "बुख़ार": write "बुख़ार" ${inTermbase}`,
      },
      {
        file: 'bad/hi/faq/answer.md',
        line: 2,
        message: `uses "त्वचा विशेषज्ञ" for "dermatologist": write "त्वचा रोग विशेषज्ञ" ${inTermbase}`,
      },
    ])
  })

  it('passes the real Hindi content', () => {
    expect(termbaseFileProblems(join(repoRoot, 'content'))).toEqual([])
  })
})

describe('termbaseProblems', () => {
  const termbase: Termbase = { terms: [{ concept: 'fever', term: 'बुख़ार', refused: ['बुखार'] }] }
  const check = (text: string) => termbaseProblems(termbase, 'termbase.yaml', [{ file: 'page.md', text }])

  it('finds a nukta letter typed as one character (U+0959) as well as as two', () => {
    expect(check('बु\u0959ार')).toEqual([])
    expect(check('बुखार है।')).toHaveLength(1)
  })

  it('matches whole words only', () => {
    expect(check('बुखारों')).toEqual([])
  })
})

describe('termbaseSelfProblems', () => {
  it('refuses a termbase that refuses its own term, or refuses a word twice', () => {
    const contradicting: Termbase = {
      terms: [
        { concept: 'treatment', term: 'इलाज', refused: ['ट्रीटमेंट'] },
        { concept: 'cure', term: 'ट्रीटमेंट', refused: ['उपचार'] },
      ],
      spellings: { ख़ून: ['उपचार'] },
    }
    expect(termbaseSelfProblems(contradicting, 'termbase.yaml')).toEqual([
      {
        file: 'termbase.yaml',
        field: 'terms[0].refused',
        message: '"ट्रीटमेंट" is refused here but is the term to write for "cure": keep it in one place',
      },
      {
        file: 'termbase.yaml',
        field: 'spellings.ख़ून',
        message: '"उपचार" is already refused for "cure": list it once',
      },
    ])
  })
})
