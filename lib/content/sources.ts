// Turns Contentlayer's generated documents back into what the editor wrote: the file's path, its
// fields without the bookkeeping Contentlayer adds (type, _id, _raw, body, tree), and the body's tree.
import type { Root } from 'hast'
import { emptyTree } from './headings'
import type { SourceDocument } from './model'

export type GeneratedDocument = {
  _raw: { sourceFilePath: string }
  tree?: Root
  [field: string]: unknown
}

const bookkeeping = new Set(['type', '_id', '_raw', 'body', 'tree'])

function editorFields(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(editorFields)
  if (value === null || typeof value !== 'object') return value
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => !bookkeeping.has(key))
      .map(([key, inner]) => [key, editorFields(inner)]),
  )
}

export function toSourceDocument(doc: GeneratedDocument, contentDir = 'content'): SourceDocument {
  return {
    file: `${contentDir}/${doc._raw.sourceFilePath}`,
    data: editorFields(doc) as Record<string, unknown>,
    tree: doc.tree ?? emptyTree(),
  }
}
