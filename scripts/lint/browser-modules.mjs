// Which of the project's modules end up in the browser: every 'use client' file, every module under the folders
// that hold only browser code (browserEntryFolders: the enhancements and the islands' scripts), and whatever those import without `import type` (followed through `@/` and
// relative imports; a dynamic `import()` is left out, as it loads on demand). eslint.config.mjs puts the
// browser-only import rules on exactly these files, so a lib/ module the self-check starts to use is checked too.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'

/** The folders whose every module is browser code. */
export const browserEntryFolders = ['enhance', 'islands']

const sourceFile = /\.(ts|tsx)$/
const skippedFolders = new Set([
  'node_modules',
  '.next',
  '.contentlayer',
  '.content',
  'out',
  'tests',
  'scripts',
  'public',
])
// `import x from`, `import { x } from`, `export { x } from`, `export * from`, and bare `import 'x'`; not `import type`.
const staticImport = /^\s*(?:import|export)\s+(?!type\s)(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm

function walk(dir, root, out = []) {
  for (const name of readdirSync(dir)) {
    if (skippedFolders.has(name) || name.startsWith('.')) continue
    const path = join(dir, name)
    if (statSync(path).isDirectory()) walk(path, root, out)
    else if (sourceFile.test(name)) out.push(relative(root, path))
  }
  return out
}

function resolveImport(specifier, fromFile, root) {
  let base
  if (specifier.startsWith('@/')) base = join(root, specifier.slice(2))
  else if (specifier.startsWith('.')) base = resolve(root, dirname(fromFile), specifier)
  else return undefined
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return relative(root, candidate)
  }
  return undefined
}

/** Paths relative to `root`, sorted. `entryFolders`: folders whose every module is browser code. */
export function browserModules(root, { entryFolders = [] } = {}) {
  const all = walk(root, root)
  const isEntry = (file) =>
    entryFolders.some((folder) => file.startsWith(`${folder}/`)) ||
    /^\s*['"]use client['"]/.test(readFileSync(join(root, file), 'utf8'))
  const queue = all.filter(isEntry)
  const seen = new Set(queue)
  while (queue.length > 0) {
    const file = queue.pop()
    for (const match of readFileSync(join(root, file), 'utf8').matchAll(staticImport)) {
      const target = resolveImport(match[1], file, root)
      if (target && !seen.has(target)) {
        seen.add(target)
        queue.push(target)
      }
    }
  }
  return [...seen].sort()
}
