// The web editor's check before a save (`npm run edit`): the entry Decap is about to write, checked by the same
// schema the content step checks the file with (lib/content/raw.ts schemaFor), so nothing is written that the
// content step would refuse for its fields. What Decap leaves empty (an optional field not filled in) is left out
// of the file, as an editor writing the markdown by hand would leave it out.
import { schemaFor } from '@/lib/content/raw'
import type { ContentProblem } from '@/lib/content/model'
import { zodProblems } from '@/lib/content/problems'
import { folderCollections, toJsonSchema, type JsonSchema } from './collections'

type Data = Record<string, unknown>

const isEmpty = (value: unknown): boolean =>
  value === undefined ||
  value === null ||
  (typeof value === 'string' && value.trim() === '') ||
  (Array.isArray(value) && value.length === 0) ||
  (typeof value === 'object' && !Array.isArray(value) && Object.values(value as Data).every(isEmpty))

/** The paths of the values Decap would write empty (e.g. reviewedBy: {name: '', role: ''}), outermost first. */
export function emptyPaths(data: Data, path: string[] = []): string[][] {
  return Object.entries(data).flatMap(([key, value]) => {
    if (isEmpty(value)) return [[...path, key]]
    if (value && typeof value === 'object' && !Array.isArray(value)) return emptyPaths(value as Data, [...path, key])
    return []
  })
}

function withoutPaths(data: Data, paths: string[][]): Data {
  const copy = structuredClone(data)
  for (const path of paths) {
    let parent: Data | undefined = copy
    for (const key of path.slice(0, -1)) parent = parent?.[key] as Data | undefined
    if (parent) delete parent[path.at(-1)!]
  }
  return copy
}

export type Change = { path: (string | number)[]; value: number }

/**
 * Numbers typed into a field that takes a word or a number (an aftercare item's firstDay: "days-before" or a day):
 * Decap's text box gives "5", the schema wants 5.
 */
export function numberChanges(schema: JsonSchema, value: unknown, path: (string | number)[] = []): Change[] {
  if (schema.anyOf?.some((part) => part.type === 'integer' || part.type === 'number')) {
    return typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value.trim())
      ? [{ path, value: Number(value.trim()) }]
      : []
  }
  if (Array.isArray(value) && schema.items) {
    const items = schema.items
    return value.flatMap((item, index) => numberChanges(items, item, [...path, index]))
  }
  if (value && typeof value === 'object' && schema.properties) {
    const properties = schema.properties
    return Object.entries(value as Data).flatMap(([key, item]) =>
      properties[key] ? numberChanges(properties[key], item, [...path, key]) : [],
    )
  }
  return []
}

function withChanges(data: Data, changes: Change[]): Data {
  const copy = structuredClone(data)
  for (const { path, value } of changes) {
    let parent = copy as Record<string | number, unknown>
    for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>
    parent[path.at(-1)!] = value
  }
  return copy
}

/** The file's path inside content/: a new entry has none yet, so its collection's folder decides the schema. */
export function contentPath(file: string, collection: string, contentDir = 'content'): string | undefined {
  if (file) return file.startsWith(`${contentDir}/`) ? file.slice(contentDir.length + 1) : file
  const spec = folderCollections.find((c) => c.name === collection)
  return spec ? `${spec.folder}/new.md` : undefined
}

/**
 * The problems the content step would find in this entry's fields (file and field named), and which empty values
 * to leave out. The markdown's text (body) is checked after the save, with the rest of the content step.
 */
export function validateEntry({
  file,
  collection,
  data,
  contentDir = 'content',
}: {
  file: string
  collection: string
  data: Data
  contentDir?: string
}): { problems: ContentProblem[]; empty: string[][]; numbers: Change[] } {
  const path = contentPath(file, collection, contentDir)
  const schema = path ? schemaFor(path) : undefined
  const shown = file || `${contentDir}/${path ?? collection}`
  if (!schema) return { problems: [{ file: shown, message: 'no schema checks this file' }], empty: [], numbers: [] }
  const empty = emptyPaths(data).filter((p) => !(p.length === 1 && p[0] === 'body'))
  const numbers = numberChanges(toJsonSchema(schema), data)
  const { body: _body, ...fields } = withChanges(withoutPaths(data, empty), numbers)
  const result = schema.safeParse(path!.endsWith('.md') ? fields : { ...fields, ...(_body ? { body: _body } : {}) })
  return { problems: result.success ? [] : zodProblems(shown, result.error, undefined, schema), empty, numbers }
}
