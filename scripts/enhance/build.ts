// Bundles the documents' enhancements (enhance/index.ts) into one small ES module,
// public/assets/enhance-<hash>.js, and writes .enhance/manifest.json for pages/_document.tsx.
// Fails when the bundle grows past its budget (lib/enhance/bundle.ts). Part of `npm run content`.
import { createHash } from 'node:crypto'
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { buildSync } from 'esbuild'
import {
  enhancementBudgetBytes,
  enhancementDir,
  enhancementManifest,
  type EnhancementManifest,
} from '../../lib/enhance/bundle'

const result = buildSync({
  entryPoints: ['enhance/index.ts'],
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2020',
  write: false,
  alias: { '@': '.' },
  legalComments: 'none',
})
const code = result.outputFiles[0]!.contents
const hash = createHash('sha256').update(code).digest('base64url').slice(0, 10).replace(/[-_]/g, 'x')
const name = `enhance-${hash}.js`
mkdirSync(enhancementDir, { recursive: true })
for (const old of readdirSync(enhancementDir))
  if (/^enhance-.*\.js$/.test(old) && old !== name) rmSync(join(enhancementDir, old))
writeFileSync(join(enhancementDir, name), code)
const manifest: EnhancementManifest = {
  src: `/assets/${name}`,
  bytes: code.length,
  gzipBytes: gzipSync(code, { level: 9 }).length,
}
mkdirSync(dirname(enhancementManifest), { recursive: true })
writeFileSync(enhancementManifest, `${JSON.stringify(manifest, null, 2)}\n`)
console.log(
  `Enhancements: ${manifest.src}, ${(manifest.gzipBytes / 1024).toFixed(1)} KB gzipped (${(manifest.bytes / 1024).toFixed(1)} KB raw)`,
)
if (manifest.gzipBytes > enhancementBudgetBytes) {
  console.error(`The documents' enhancements are over their budget of ${enhancementBudgetBytes / 1024} KB gzipped.`)
  process.exit(1)
}
