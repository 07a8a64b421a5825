// Every dictionary has the same keys in every language (tsc checks the types; this checks the values): no
// Hindi entry left empty or still in English, and the blanks ({name}) of each text kept.
import { describe, expect, it } from 'vitest'
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { fill } from '@/lib/i18n/fill'
import { withDigits } from '@/lib/i18n/digits'
import { locales } from '@/lib/i18n/locales'

type Tree = { [key: string]: string | Tree }
const leaves = (tree: Tree, prefix = ''): [string, string][] =>
  Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [[`${prefix}${key}`, value] as [string, string]] : leaves(value, `${prefix}${key}.`),
  )
const blanks = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()

const dir = join(process.cwd(), 'lib/i18n/words')
const modules = await Promise.all(
  readdirSync(dir)
    .filter((file) => file.endsWith('.ts'))
    .map(
      async (file) => [file, (await import(/* @vite-ignore */ join(dir, file))) as Record<string, unknown>] as const,
    ),
)
const dictionaries = modules.flatMap(([file, exports]) =>
  Object.entries(exports)
    .filter(([, value]) => value && typeof value === 'object' && locales.every((l) => l in (value as object)))
    .map(([name, value]) => [`${file} ${name}`, value as Record<string, Tree>] as const),
)

describe('UI dictionaries', () => {
  it('are found', () => expect(dictionaries.length).toBeGreaterThan(2))

  describe.each(dictionaries)('%s', (_name, dictionary) => {
    const english = new Map(leaves(dictionary.en!))
    it.each(leaves(dictionary.hi!))('hi %s: in Hindi, with the same blanks', (key, text) => {
      const source = english.get(key) ?? ''
      // Only blanks, punctuation and names (WhatsApp, SMP) in English: nothing to translate.
      const wording = source.replace(/\{\w+\}/g, '').replace(/WhatsApp|SMP/g, '')
      // File names stay ASCII, so that every phone and calendar app can save them.
      const fileName = /FileName$/.test(key)
      if (/[A-Za-z]{2,}/.test(wording) && !fileName) expect(text, source).toMatch(/[\u0900-\u097F]/)
      else expect(text.trim() === '' && source.trim() !== '', source).toBe(false)
      expect(blanks(text)).toEqual(blanks(source))
    })
  })
})

describe('fill and withDigits', () => {
  it('fills blanks and leaves unknown ones visible', () => {
    expect(fill('प्रश्न {number} / {total}', { number: 2, total: 9 })).toBe('प्रश्न 2 / 9')
    expect(fill('{missing} here', {})).toBe('{missing} here')
  })

  it('writes digits the way the clinic chose', () => {
    expect(withDigits('4 दिसंबर 2025', 'devanagari')).toBe('४ दिसंबर २०२५')
    expect(withDigits('4 दिसंबर 2025', 'latin')).toBe('4 दिसंबर 2025')
  })
})
