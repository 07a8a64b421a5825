// The search page's script: only the two stemmers it needs (not the package's 29), no eval (the documents' CSP has
// no 'unsafe-eval'), and within its budget.
import { gzipSync } from 'node:zlib'
import { buildSync } from 'esbuild'
import { describe, expect, it } from 'vitest'
import { searchScriptBudgetBytes } from '@/lib/search/bundle'
import { browserBundleOptions } from '@/scripts/lib/browser-bundle'

const result = buildSync({ ...browserBundleOptions, entryPoints: ['enhance/search/index.ts'], metafile: true })
const code = result.outputFiles![0]!.text

describe("the search page's script", () => {
  it('bundles the English and Hindi stemmers only', () => {
    const stemmers = Object.keys(result.metafile.inputs).filter((input) => input.includes('@orama/stemmers'))
    expect(stemmers.map((input) => input.split('/').at(-1)).sort()).toEqual(['en.js', 'in.js'])
  })

  it('holds no eval or Function constructor, and no WebAssembly', () => {
    expect(code).not.toMatch(/\beval\(|new Function\(|WebAssembly/)
  })

  it('is within its budget gzipped', () => {
    expect(gzipSync(code, { level: 9 }).length).toBeLessThanOrEqual(searchScriptBudgetBytes)
  })
})
