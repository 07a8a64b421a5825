// Where the documents' enhancement script is, and what it may weigh. scripts/enhance/build.ts writes
// the bundle and its manifest; pages/_document.tsx reads the manifest at build to link the file.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

/** All the documents' JavaScript together, gzipped (issue 13: at most 4 KB). */
export const enhancementBudgetBytes = 4 * 1024

/** Under public/, so the build copies it into out/; the name carries a content hash. */
export const enhancementDir = join('public', 'assets')
export const enhancementManifest = join('.enhance', 'manifest.json')

export type EnhancementManifest = { src: string; bytes: number; gzipBytes: number }

export function readEnhancementManifest(): EnhancementManifest {
  try {
    return JSON.parse(readFileSync(enhancementManifest, 'utf8')) as EnhancementManifest
  } catch {
    throw new Error(
      `${enhancementManifest} is missing: run \`npm run content\` (it bundles enhance/ with scripts/enhance/build.ts)`,
    )
  }
}
