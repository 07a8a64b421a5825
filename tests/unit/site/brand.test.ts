import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { brandColours } from '@/lib/site/brand'

const css = readFileSync('app/globals.css', 'utf8')

describe('brandColours', () => {
  it.each(Object.entries(brandColours))('%s matches the @theme colour in app/globals.css', (name, value) => {
    const cssName = `--color-${name.replace(/^brand/, 'brand-')}`
    const match = css.match(new RegExp(`${cssName}:\\s*(#[0-9a-f]{6})`, 'i'))
    expect(match?.[1]?.toLowerCase(), cssName).toBe(value)
  })
})
