// Where the search page's script and each language's index are, and what they may weigh. scripts/search/build.ts
// (part of `npm run content`) writes them under public/assets/ with a content hash in each name, and their
// addresses into .search/manifest.json; the search pages read the manifest at build (lib/pages/search-page.ts), so
// each address is written once, by the build, and read everywhere else.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Locale } from '@/lib/i18n/locales'

/** Under public/, so the static export copies them into out/. */
export const searchAssetsDir = join('public', 'assets')
export const searchManifestFile = join('.search', 'manifest.json')

/**
 * The search page's own script, gzipped: MiniSearch 7 (about 6 KB), the English and Hindi stemmers and the page's
 * code. Measured 9.9 KB. scripts/bench/lib/js-budgets.ts adds it to the documents' budget for the search page.
 */
export const searchScriptBudgetBytes = 11 * 1024
/**
 * One language's index, gzipped: its words and their places, and the text of every place for the snippets (Hindi
 * weighs more: three bytes a letter). Measured 55 KB (en) and 80 KB (hi) with 209 places each; the ceiling leaves
 * room for a few more articles, and the content step warns (never fails) past it: the content has outgrown one file.
 */
export const searchIndexBudgetBytes = 120 * 1024

export type AssetFile = { src: string; bytes: number; gzipBytes: number }
export type SearchManifest = { script: AssetFile; indexes: Record<Locale, AssetFile & { documents: number }> }

export function readSearchManifest(): SearchManifest {
  try {
    return JSON.parse(readFileSync(searchManifestFile, 'utf8')) as SearchManifest
  } catch {
    throw new Error(`${searchManifestFile} is missing: run \`npm run content\` (scripts/search/build.ts writes it)`)
  }
}
