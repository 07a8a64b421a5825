// lib/candidacy/shapes.ts is the leaf of the candidacy folder, and the folder has no import circle:
// questions.ts (the data) and types.ts (what is derived from it) once imported each other.
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const dir = 'lib/candidacy'
const modules = readdirSync(dir)
  .filter((f) => f.endsWith('.ts'))
  .map((f) => f.replace(/\.ts$/, ''))

/** The sibling modules a module imports (type-only imports included: they make circles too). */
function siblings(name: string): string[] {
  const source = readFileSync(join(dir, `${name}.ts`), 'utf8')
  const specifiers = [...source.matchAll(/^(?:import|export)[^'"]*from '([^']+)'/gm)].map((m) => m[1]!)
  return specifiers.flatMap((s) =>
    s.startsWith('./') ? [s.slice(2)] : s.startsWith('@/lib/candidacy/') ? [s.slice(16)] : [],
  )
}

describe('lib/candidacy imports', () => {
  it('shapes.ts imports nothing from the folder', () => {
    expect(siblings('shapes')).toEqual([])
  })

  it('has no circle', () => {
    const visiting = new Set<string>()
    const done = new Set<string>()
    const circles: string[] = []
    const visit = (name: string, path: string[]) => {
      if (done.has(name)) return
      if (visiting.has(name)) {
        circles.push([...path.slice(path.indexOf(name)), name].join(' → '))
        return
      }
      visiting.add(name)
      for (const next of siblings(name)) visit(next, [...path, name])
      visiting.delete(name)
      done.add(name)
    }
    for (const name of modules) visit(name, [])
    expect(circles).toEqual([])
  })
})
