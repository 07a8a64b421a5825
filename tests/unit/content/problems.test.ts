import { z } from 'zod'
import { describe, expect, it } from 'vitest'
import { duplicates, fileStem, slugPattern, zodProblems } from '@/lib/content/problems'

describe('zodProblems', () => {
  const schema = z.strictObject({ items: z.array(z.strictObject({ lastDay: z.int() })) })

  it('names list positions in brackets, as an editor counts YAML entries', () => {
    const result = schema.safeParse({ items: [{ lastDay: 1 }, { lastDay: 'x' }] })
    expect(zodProblems('content/a.yaml', result.error!)).toEqual([
      { file: 'content/a.yaml', field: 'items[1].lastDay', message: expect.any(String) },
    ])
  })

  it('words unknown fields as a spelling check, and adds a hint', () => {
    const result = schema.safeParse({ items: [], itmes: [] })
    expect(zodProblems('content/a.yaml', result.error!, () => ' (here)')).toEqual([
      { file: 'content/a.yaml', field: undefined, message: 'unknown field(s) "itmes": check the spelling (here)' },
    ])
  })
})

describe('duplicates', () => {
  it('blames each later document that repeats a value, naming the first', () => {
    const docs = [
      { f: 'a.md', v: 'x' },
      { f: 'b.md', v: 'y' },
      { f: 'c.md', v: 'x' },
    ]
    expect(
      duplicates(
        docs,
        (d) => d.v,
        (d) => d.f,
        (v) => `the value "${v}"`,
      ),
    ).toEqual([{ file: 'c.md', message: 'the value "x" is also used by a.md' }])
  })
})

describe('fileStem and slugPattern', () => {
  it('takes the address from the file name', () => {
    expect(fileStem('content/articles/after-care.md')).toBe('after-care')
    expect(slugPattern.test('after-care')).toBe(true)
    expect(slugPattern.test('After_care')).toBe(false)
  })
})
