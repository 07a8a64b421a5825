// Bundles the site's own scripts into public/assets/ (names carry a content hash) and writes their manifest,
// .enhance/manifest.json (lib/enhance/bundle.ts):
// - the documents' enhancements (enhance/index.ts): one small framework-free file every page loads;
// - the islands (islands/<name>.tsx): each tool's React island, as ES modules that share their common code
//   (React) in chunks, so a patient who opens the self-check and then the planner downloads React once.
// Fails when the enhancements grow past their budget (the islands' budgets are checked on the built site,
// tests/site/js-budget.test.ts). Part of `npm run content`.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { basename, dirname, join, relative } from 'node:path'
import { buildSync, type Metafile } from 'esbuild'
import { browserBundleOptions, describeAsset, writeHashedAsset } from '../lib/browser-bundle'
import {
  enhancementBudgetBytes,
  enhancementDir,
  enhancementManifest,
  islandsDir,
  type BundleFile,
  type EnhancementManifest,
} from '../../lib/enhance/bundle'

const common = browserBundleOptions

function buildEnhancements(): BundleFile {
  const code = buildSync({ ...common, entryPoints: ['enhance/index.ts'] }).outputFiles![0]!.contents
  const { name, ...file } = writeHashedAsset(enhancementDir, 'enhance', 'js', code)
  for (const old of readdirSync(enhancementDir))
    if (/^enhance-.*\.js$/.test(old) && old !== name) rmSync(join(enhancementDir, old))
  return file
}

/** Every islands/*.tsx but the shared hydration code is an island's entry. */
const islandEntries = () =>
  readdirSync('islands')
    .filter((file) => file.endsWith('.tsx') && file !== 'hydrate.tsx')
    .map((file) => join('islands', file))

function buildIslands(): EnhancementManifest['islands'] {
  const entries = islandEntries()
  const result = buildSync({
    ...common,
    entryPoints: entries,
    splitting: true,
    outdir: islandsDir,
    entryNames: '[name]-[hash]',
    chunkNames: 'shared-[hash]',
    metafile: true,
  })
  rmSync(islandsDir, { recursive: true, force: true })
  mkdirSync(islandsDir, { recursive: true })
  const files = new Map<string, BundleFile>()
  for (const output of result.outputFiles!) {
    const path = relative(process.cwd(), output.path)
    writeFileSync(path, output.contents)
    files.set(path, describeAsset(path, output.contents))
  }
  const outputs: Metafile['outputs'] = result.metafile!.outputs
  // An island's files: its entry, then every module it imports statically (not `import()`, loaded on demand).
  const staticImports = (path: string, seen = new Set<string>()): string[] => {
    if (seen.has(path)) return []
    seen.add(path)
    return [
      path,
      ...outputs[path]!.imports.filter((i) => i.kind === 'import-statement').flatMap((i) =>
        staticImports(i.path, seen),
      ),
    ]
  }
  return Object.fromEntries(
    Object.entries(outputs)
      // Not the modules loaded with import() (the calendar file): esbuild names those entry points too.
      .filter(([, output]) => output.entryPoint && entries.includes(output.entryPoint))
      .map(([path, output]) => [
        basename(output.entryPoint!, '.tsx'),
        { files: staticImports(path).map((file) => files.get(file)!) },
      ]),
  )
}

const manifest: EnhancementManifest = { ...buildEnhancements(), islands: buildIslands() }
mkdirSync(dirname(enhancementManifest), { recursive: true })
writeFileSync(enhancementManifest, `${JSON.stringify(manifest, null, 2)}\n`)
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`
console.log(`Enhancements: ${manifest.src}, ${kb(manifest.gzipBytes)} gzipped (${kb(manifest.bytes)} raw)`)
for (const [name, { files }] of Object.entries(manifest.islands))
  console.log(
    `Island ${name}: ${kb(files.reduce((sum, file) => sum + file.gzipBytes, 0))} gzipped in ${files.length} files`,
  )
if (manifest.gzipBytes > enhancementBudgetBytes) {
  console.error(`The documents' enhancements are over their budget of ${enhancementBudgetBytes / 1024} KB gzipped.`)
  process.exit(1)
}
