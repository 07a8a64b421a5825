// The site search's files (issue 25), part of `npm run content` after the content check: one MiniSearch index per
// language from the checked content (lib/search/documents.ts), and the search page's script (enhance/search/),
// each under public/assets/ with a content hash in its name; their addresses go to .search/manifest.json, which
// the search pages read. Fails when the script grows past its budget (lib/search/bundle.ts); an index past its
// ceiling only warns, as more content is no editor's mistake.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { buildSync } from 'esbuild'
import { browserBundleOptions, writeHashedAsset } from '../lib/browser-bundle'
import { getContent } from '../../lib/content'
import { locales } from '../../lib/i18n/locales'
import {
  searchAssetsDir,
  searchIndexBudgetBytes,
  searchManifestFile,
  searchScriptBudgetBytes,
  type AssetFile,
  type SearchManifest,
} from '../../lib/search/bundle'
import { searchDocuments } from '../../lib/search/documents'
import { buildSearchIndex } from '../../lib/search/index-file'

const written: string[] = []

/** Writes a file named `<prefix>-<hash>.<ext>` into public/assets/ and says where it is and what it weighs. */
function writeAsset(prefix: string, ext: string, content: Uint8Array | string): AssetFile {
  const { name, ...file } = writeHashedAsset(searchAssetsDir, prefix, ext, content)
  written.push(name)
  return file
}

const script = buildSync({ ...browserBundleOptions, entryPoints: ['enhance/search/index.ts'] })
const manifest: SearchManifest = {
  script: writeAsset('search', 'js', script.outputFiles![0]!.contents),
  indexes: Object.fromEntries(
    locales.map((locale) => {
      const documents = searchDocuments(getContent(locale))
      const index = buildSearchIndex(documents, locale)
      return [locale, { ...writeAsset(`search-${locale}`, 'json', JSON.stringify(index)), documents: documents.length }]
    }),
  ) as SearchManifest['indexes'],
}
// Last build's files go, so public/assets/ holds only what the manifest names.
for (const old of readdirSync(searchAssetsDir))
  if (/^search-.*\.(js|json)$/.test(old) && !written.includes(old)) rmSync(join(searchAssetsDir, old))
mkdirSync(dirname(searchManifestFile), { recursive: true })
writeFileSync(searchManifestFile, `${JSON.stringify(manifest, null, 2)}\n`)

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`
console.log(`Search: ${manifest.script.src}, ${kb(manifest.script.gzipBytes)} gzipped`)
for (const [locale, index] of Object.entries(manifest.indexes))
  console.log(`  index (${locale}): ${index.src}, ${index.documents} places, ${kb(index.gzipBytes)} gzipped`)
if (manifest.script.gzipBytes > searchScriptBudgetBytes) {
  console.error(
    `The search page's script is over its budget of ${kb(searchScriptBudgetBytes)} gzipped (lib/search/bundle.ts).`,
  )
  process.exit(1)
}
for (const [locale, index] of Object.entries(manifest.indexes))
  if (index.gzipBytes > searchIndexBudgetBytes)
    console.warn(
      `Warning: the ${locale} search index is over ${kb(searchIndexBudgetBytes)} gzipped: the search page loads it whole, so consider storing shorter snippets or splitting it (lib/search/bundle.ts).`,
    )
