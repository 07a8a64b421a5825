// A throwaway copy of the project, for a benchmark that must build other content: Contentlayer
// writes .contentlayer/ and Next its dist dir inside the project, so building in the checkout
// itself would overwrite the real site's generated content.
//
// The copy links node_modules and copies the sources (small). It lives inside the checkout, under
// .next-bench-work/ (ignored by git's `.next*/` and by tsc, which skips dot folders), and has no
// lockfile of its own: Turbopack then takes the checkout as its workspace root, so the linked
// node_modules is inside the root. (In the system temp folder it stops with "Could not find the
// Next.js package".)
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmdirSync,
  rmSync,
  symlinkSync,
  unlinkSync,
} from 'node:fs'
import { join } from 'node:path'

export const workFolder = '.next-bench-work'

/** Build output, caches, local state and the lockfile: never copied. `content` is left for the caller to fill. */
const skipped = new Set([
  'node_modules',
  '.git',
  '.contentlayer',
  'out',
  'screenshots',
  'test-results',
  'content',
  'tsconfig.tsbuildinfo',
  'package-lock.json',
])
const isDistDir = (name: string) => name === '.next' || name.startsWith('.next-')

export type ProjectCopy = { dir: string; remove: () => void }

export function copyProject(repoRoot: string, prefix = 'build-'): ProjectCopy {
  const parent = join(repoRoot, workFolder)
  mkdirSync(parent, { recursive: true })
  const dir = mkdtempSync(join(parent, prefix))
  for (const name of readdirSync(repoRoot)) {
    if (skipped.has(name) || isDistDir(name)) continue
    cpSync(join(repoRoot, name), join(dir, name), { recursive: true })
  }
  symlinkSync(join(repoRoot, 'node_modules'), join(dir, 'node_modules'), 'dir')
  return {
    dir,
    remove: () => {
      // Unlink first, so that removing the copy can never reach the real node_modules.
      if (existsSync(join(dir, 'node_modules'))) unlinkSync(join(dir, 'node_modules'))
      rmSync(dir, { recursive: true, force: true })
      if (existsSync(parent) && readdirSync(parent).length === 0) rmdirSync(parent)
    },
  }
}
