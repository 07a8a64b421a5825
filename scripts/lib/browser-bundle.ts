// How every file the site sends from public/assets/ is made (scripts/enhance/build.ts: the enhancements and the
// islands; scripts/search/build.ts: the search page's script and indexes): one set of esbuild options, one way
// to name a file by its content and to say what it weighs, so they are built alike.
import { createHash } from 'node:crypto'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import { gzipSync } from 'node:zlib'
import type { BuildOptions } from 'esbuild'
import type { BundleFile } from '../../lib/enhance/bundle'

export const browserBundleOptions: BuildOptions = {
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2020',
  write: false,
  alias: { '@': '.' },
  legalComments: 'none',
  // React's production build: no development checks or warnings in a patient's browser.
  define: { 'process.env.NODE_ENV': '"production"' },
  jsx: 'automatic',
}

/** A file under public/ as the site serves it, with its size and its size gzipped (level 9). */
export const describeAsset = (file: string, content: Uint8Array): BundleFile => ({
  src: `/${relative('public', file).split(sep).join('/')}`,
  bytes: content.length,
  gzipBytes: gzipSync(content, { level: 9 }).length,
})

/** Writes `<prefix>-<content hash>.<ext>` into `dir` (under public/); returns its name and what it weighs. */
export function writeHashedAsset(
  dir: string,
  prefix: string,
  ext: string,
  content: Uint8Array | string,
): BundleFile & { name: string } {
  const bytes = typeof content === 'string' ? Buffer.from(content) : content
  const hash = createHash('sha256').update(bytes).digest('base64url').slice(0, 10).replace(/[-_]/g, 'x')
  const name = `${prefix}-${hash}.${ext}`
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, name), bytes)
  return { name, ...describeAsset(join(dir, name), bytes) }
}
