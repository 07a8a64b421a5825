// Where the site's scripts are, and what they may weigh. scripts/enhance/build.ts bundles them and writes
// their manifest: the documents' enhancements (enhance/, one small file every page loads, read by
// pages/_document.tsx) and each island's script (islands/<name>.tsx, with React, read by the page that has the
// island through its getStaticProps).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

/** All the documents' JavaScript together, gzipped (issue 13: at most 4 KB). */
export const enhancementBudgetBytes = 4 * 1024

/** Under public/, so the build copies it into out/; the names carry a content hash. */
export const enhancementDir = join('public', 'assets')
/** The islands' files: one entry per island and the chunks they share (React). */
export const islandsDir = join(enhancementDir, 'islands')
export const enhancementManifest = join('.enhance', 'manifest.json')

/** What a page needs to load an island: its entry module and the modules it imports, to preload. */
export type IslandBundle = { src: string; preload: string[] }

export type BundleFile = { src: string; bytes: number; gzipBytes: number }

export type EnhancementManifest = BundleFile & {
  /** By island name (islands/<name>.tsx): its entry and every module it imports statically, entry first. */
  islands: Record<string, { files: BundleFile[] }>
}

export function readEnhancementManifest(): EnhancementManifest {
  try {
    return JSON.parse(readFileSync(enhancementManifest, 'utf8')) as EnhancementManifest
  } catch {
    throw new Error(
      `${enhancementManifest} is missing: run \`npm run content\` (it bundles enhance/ and islands/ with scripts/enhance/build.ts)`,
    )
  }
}

/** An island's files for its page (getStaticProps). */
export function islandBundle(name: string): IslandBundle {
  const island = readEnhancementManifest().islands[name]
  if (!island) throw new Error(`No script for the island "${name}": add islands/${name}.tsx (see README, "Folders")`)
  const [entry, ...imports] = island.files
  return { src: entry!.src, preload: imports.map((file) => file.src) }
}
