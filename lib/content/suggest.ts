// A misspelt field names the one that was meant: `titel:` → unknown field(s) "titel": check the spelling: did you mean "title"?
// The field names come from the zod schema of the document's kind (nested ones included), so the
// content step's first look (raw.ts) and the zod checks (problems.ts) say the same.
import type { z } from 'zod'

type Def = {
  type: string
  shape?: Record<string, z.ZodType>
  innerType?: z.ZodType
  element?: z.ZodType
  in?: z.ZodType
}
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def

/** The schema at a path of fields (list positions included), through optional values and lists. */
function schemaAt(schema: z.ZodType | undefined, path: readonly PropertyKey[]): z.ZodType | undefined {
  let current = schema
  for (let i = 0; current && i <= path.length;) {
    const def = defOf(current)
    if (['optional', 'nullable', 'default', 'readonly', 'catch', 'prefault', 'nonoptional'].includes(def.type)) {
      current = def.innerType
    } else if (def.type === 'pipe') {
      current = def.in
    } else if (i === path.length) {
      return current
    } else if (def.type === 'object' && typeof path[i] === 'string') {
      current = def.shape?.[path[i] as string]
      i++
    } else if (def.type === 'array' && typeof path[i] === 'number') {
      current = def.element
      i++
    } else return undefined
  }
  return current
}

/** The field names a schema accepts at a path (e.g. ["address"] for site.yaml's address fields). */
export function knownKeys(schema: z.ZodType | undefined, path: readonly PropertyKey[] = []): string[] {
  const at = schemaAt(schema, path)
  if (!at) return []
  const def = defOf(at)
  return def.type === 'object' && def.shape ? Object.keys(def.shape) : []
}

/** Optimal string alignment distance: letters added, removed, changed or swapped. */
export function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  )
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1)
    }
  }
  return d[a.length]![b.length]!
}

/** The known field closest to an unknown one, when it is close enough to be a slip of the keyboard. */
export function closestField(unknown: string, known: readonly string[]): string | undefined {
  let best: { key: string; distance: number } | undefined
  for (const key of known) {
    // Capitals do not count: `postcode` is one slip from `postalCode`'s letters, not three.
    const distance = key === unknown ? 0 : editDistance(unknown.toLowerCase(), key.toLowerCase()) || 0.5
    if (distance <= 2 && distance < Math.min(unknown.length, key.length) && (!best || distance < best.distance))
      best = { key, distance }
  }
  return best?.key
}

/** `unknown field(s) "titel": check the spelling: did you mean "title"?` (the words before "did you mean" are what the message says when nothing is close), or undefined. */
export function suggestionFor(unknown: string, known: readonly string[]): string | undefined {
  const match = closestField(unknown, known)
  return match ? `unknown field(s) "${unknown}": check the spelling: did you mean "${match}"?` : undefined
}
