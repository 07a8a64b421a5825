// The web editor's collections (Decap CMS, `npm run edit`), generated from the schemas the content step checks
// with (lib/content/raw.ts `schemaFor`): one source, so a field added to a schema appears in the editor with its
// required-ness, limits and hint. zod → JSON Schema (z.toJSONSchema) → Decap fields, by one generic function.
import { z } from 'zod'
import { schemaFor } from '@/lib/content/raw'

/** The part of JSON Schema that zod writes for the content's schemas. */
export type JsonSchema = {
  type?: string
  properties?: Record<string, JsonSchema>
  required?: string[]
  additionalProperties?: boolean | JsonSchema
  items?: JsonSchema
  enum?: (string | number)[]
  const?: string | number
  anyOf?: JsonSchema[]
  minLength?: number
  maxLength?: number
  minimum?: number
  maximum?: number
  exclusiveMinimum?: number
  minItems?: number
  maxItems?: number
  pattern?: string
  format?: string
  description?: string
}

/** A Decap CMS field (https://decapcms.org/docs/widgets/): only the options this generator writes. */
export type DecapField = {
  name: string
  label: string
  widget: string
  required?: boolean
  hint?: string
  pattern?: [string, string]
  options?: (string | number)[]
  multiple?: boolean
  min?: number
  max?: number
  value_type?: 'int' | 'float'
  fields?: DecapField[]
  field?: DecapField
  collapsed?: boolean
  modes?: ('raw' | 'rich_text')[]
  /** Ours, not Decap's (Decap ignores unknown options): required once its optional parent object is filled in. */
  requiredWithParent?: boolean
  /** Ours, not Decap's: the limits a check needs, kept for the tests (Decap ignores unknown options). */
  limits?: { minLength?: number; maxLength?: number }
}

const largestSafe = Number.MAX_SAFE_INTEGER

/** "lastReviewed" → "Last reviewed", "afterSession1" → "After session 1". */
export function labelFor(name: string): string {
  const words = name
    .replace(/([a-z])([A-Z0-9])/g, '$1 $2')
    .replace(/[-_]/g, ' ')
    .toLowerCase()
  return words.charAt(0).toUpperCase() + words.slice(1)
}

export function toJsonSchema(schema: z.ZodType): JsonSchema {
  return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema
}

function lengthWords({ minLength, maxLength }: JsonSchema): string | undefined {
  if (minLength !== undefined && maxLength !== undefined) return `${minLength} to ${maxLength} characters.`
  if (maxLength !== undefined) return `At most ${maxLength} characters.`
  if (minLength !== undefined && minLength > 1) return `At least ${minLength} characters.`
  return undefined
}

const hintOf = (...parts: (string | undefined)[]) => parts.filter(Boolean).join(' ') || undefined

/** A text's limits as a Decap pattern, when the schema has no pattern of its own. */
function lengthPattern({ minLength, maxLength }: JsonSchema): [string, string] | undefined {
  if (minLength === undefined && maxLength === undefined) return undefined
  const words = lengthWords({ minLength, maxLength }) ?? `At least ${minLength} character.`
  return [`^[\\s\\S]{${minLength ?? 0},${maxLength ?? ''}}$`, words]
}

/**
 * One field from its JSON Schema. keysFor: the keys a record (an object keyed by, say, a country code) has in the
 * file now, since Decap has no widget for a map with free keys.
 */
export function fieldFor(
  name: string,
  schema: JsonSchema,
  required: boolean,
  keysFor: (path: string[]) => string[] = () => [],
  path: string[] = [name],
): DecapField {
  const base = { name, label: labelFor(name), required }
  const described = schema.description
  if (schema.anyOf) {
    // A word or a number (e.g. an aftercare item's firstDay: "days-before" or a day). Decap has no such widget.
    const words: Record<string, string> = { integer: 'a whole number', number: 'a number', string: 'words' }
    const choices = schema.anyOf.map((part) =>
      part.const !== undefined ? `"${part.const}"` : (words[part.type ?? ''] ?? 'a value'),
    )
    return { ...base, widget: 'string', hint: hintOf(described, `One of: ${choices.join(' or ')}.`) }
  }
  if (schema.enum || schema.const !== undefined) {
    const options = schema.enum ?? [schema.const as string | number]
    return { ...base, widget: 'select', options, hint: described }
  }
  switch (schema.type) {
    case 'string': {
      const limits = { minLength: schema.minLength, maxLength: schema.maxLength }
      const withLimits = limits.minLength !== undefined || limits.maxLength !== undefined ? { limits } : {}
      if (schema.format === 'date')
        return {
          ...base,
          widget: 'string',
          pattern: ['^\\d{4}-\\d{2}-\\d{2}$', 'Write the date as YYYY-MM-DD, e.g. 2026-11-20.'],
          hint: described,
        }
      const pattern: [string, string] | undefined = schema.pattern
        ? [schema.pattern, hintOf(lengthWords(schema), `Must match ${schema.pattern}.`)!]
        : lengthPattern(schema)
      const long = (schema.maxLength ?? 0) > 100 || (schema.maxLength === undefined && (schema.minLength ?? 0) >= 20)
      const formatWords = schema.format === 'uri' ? 'A full web address, starting https://.' : undefined
      return {
        ...base,
        widget: long ? 'text' : 'string',
        ...(pattern ? { pattern } : {}),
        ...withLimits,
        hint: hintOf(described, formatWords, lengthWords(schema)),
      }
    }
    case 'integer':
    case 'number': {
      const min = schema.minimum ?? (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : undefined)
      const max = schema.maximum !== undefined && schema.maximum < largestSafe ? schema.maximum : undefined
      return {
        ...base,
        widget: 'number',
        value_type: schema.type === 'integer' ? 'int' : 'float',
        ...(min !== undefined ? { min } : {}),
        ...(max !== undefined ? { max } : {}),
        hint: described,
      }
    }
    case 'boolean':
      return { ...base, widget: 'boolean', hint: described }
    case 'array': {
      const items = schema.items ?? {}
      const counts = {
        ...(schema.minItems !== undefined ? { min: schema.minItems } : {}),
        ...(schema.maxItems !== undefined ? { max: schema.maxItems } : {}),
      }
      if (items.enum)
        return { ...base, widget: 'select', multiple: true, options: items.enum, ...counts, hint: described }
      if (items.type === 'object')
        return {
          ...base,
          widget: 'list',
          ...counts,
          fields: fieldsFor(items, keysFor, path),
          collapsed: true,
          hint: described,
        }
      return {
        ...base,
        widget: 'list',
        ...counts,
        field: fieldFor('item', items, true, keysFor, path),
        hint: described,
      }
    }
    case 'object': {
      const fields = fieldsFor(schema, keysFor, path)
      // Decap cannot say "needed once the object is filled in": inside an optional object (reviewedBy) every field
      // is optional to Decap, and the schema check before a save (lib/editor/check.ts) asks for the rest.
      return {
        ...base,
        widget: 'object',
        fields: required ? fields : fields.map((field) => optionalInside(field, base.label)),
        ...(required ? {} : { collapsed: true }),
        hint: described,
      }
    }
    default:
      return { ...base, widget: 'string', hint: described }
  }
}

/** A field of an optional object: optional to Decap, needed (says its hint) once the object is filled in. */
function optionalInside(field: DecapField, parent: string): DecapField {
  if (!field.required) return field
  return {
    ...field,
    required: false,
    requiredWithParent: true,
    hint: hintOf(field.hint, `Needed when "${parent}" is filled in.`),
  }
}

/** The fields of an object schema, in the schema's order; a record's fields are the keys the file has now. */
export function fieldsFor(
  schema: JsonSchema,
  keysFor: (path: string[]) => string[] = () => [],
  path: string[] = [],
): DecapField[] {
  if (!schema.properties && typeof schema.additionalProperties === 'object') {
    const value = schema.additionalProperties
    return keysFor(path).map((key) => fieldFor(key, value, true, keysFor, [...path, key]))
  }
  const required = new Set(schema.required ?? [])
  return Object.entries(schema.properties ?? {}).map(([name, property]) =>
    fieldFor(name, property, required.has(name), keysFor, [...path, name]),
  )
}

/** What a collection shows and where its files are. */
type FolderSpec = { name: string; label: string; folder: string; summaryField: string; description: string }
type FileSpec = { name: string; label: string; file: string; description: string }

/** Paths inside content/ (as lib/content/raw.ts's schemaFor takes them). */
export const folderCollections: FolderSpec[] = [
  {
    name: 'articles',
    label: 'Articles (English)',
    folder: 'articles',
    summaryField: 'title',
    description: 'The pages of patient information.',
  },
  {
    name: 'articles-hi',
    label: 'Articles (Hindi)',
    folder: 'hi/articles',
    summaryField: 'title',
    description: 'Hindi translations: each file has the same name as the English page it translates.',
  },
  { name: 'faq', label: 'FAQ (English)', folder: 'faq', summaryField: 'question', description: 'Short answers.' },
  {
    name: 'faq-hi',
    label: 'FAQ (Hindi)',
    folder: 'hi/faq',
    summaryField: 'question',
    description: 'Hindi translations: each file has the same name as the English answer it translates.',
  },
]

export const fileCollections: { name: string; label: string; files: FileSpec[] }[] = [
  {
    name: 'settings',
    label: 'Clinic settings and shared lists',
    files: [
      { name: 'site', label: 'Clinic settings and locations', file: 'site.yaml', description: 'content/site.yaml' },
      { name: 'regions', label: 'Regions (countries)', file: 'regions.yaml', description: 'content/regions.yaml' },
      { name: 'glossary', label: 'Glossary', file: 'glossary.yaml', description: 'content/glossary.yaml' },
      { name: 'aftercare', label: 'Aftercare schedule', file: 'aftercare-schedule.yaml', description: '' },
      { name: 'references', label: 'References', file: 'references.yaml', description: 'content/references.yaml' },
    ],
  },
  {
    name: 'settings-hi',
    label: 'Hindi: settings and shared lists',
    files: [
      { name: 'site-hi', label: 'Clinic settings (Hindi words)', file: 'hi/site.yaml', description: '' },
      { name: 'regions-hi', label: 'Regions (Hindi words)', file: 'hi/regions.yaml', description: '' },
      { name: 'glossary-hi', label: 'Glossary (Hindi)', file: 'hi/glossary.yaml', description: '' },
      {
        name: 'aftercare-hi',
        label: 'Aftercare schedule (Hindi)',
        file: 'hi/aftercare-schedule.yaml',
        description: '',
      },
    ],
  },
]

function requireSchema(path: string): z.ZodType {
  const schema = schemaFor(path)
  if (!schema) throw new Error(`No schema checks content/${path}: add it to lib/content/raw.ts schemaFor.`)
  return schema
}

/**
 * The Decap configuration (passed to CMS.init, never written to a config.yml). contentDir: the folder's path from
 * the repository root; keysFor(file, path): the keys a record has in that YAML file now.
 */
export function editorConfig({
  contentDir = 'content',
  keysFor = () => [],
  localBackendUrl,
}: {
  contentDir?: string
  keysFor?: (file: string, path: string[]) => string[]
  localBackendUrl?: string
} = {}) {
  const body: DecapField = {
    name: 'body',
    label: 'Text',
    widget: 'markdown',
    // Markdown as written first: the rich-text mode rewrites what the site's markdown adds ({#section-id}, [@citation]).
    modes: ['raw', 'rich_text'],
    required: true,
    hint: 'The text of the page, in markdown (see "Editing content" in the README).',
  }
  const folders = folderCollections.map((spec) => ({
    name: spec.name,
    label: spec.label,
    description: spec.description,
    folder: `${contentDir}/${spec.folder}`,
    extension: 'md',
    // YAML front matter, written without folding long lines (registered by scripts/edit/client.ts).
    format: 'site-frontmatter',
    create: true,
    slug: '{{slug}}',
    identifier_field: spec.summaryField,
    summary: `{{${spec.summaryField}}}`,
    fields: [...fieldsFor(toJsonSchema(requireSchema(`${spec.folder}/example.md`))), body],
  }))
  const files = fileCollections.map((group) => ({
    name: group.name,
    label: group.label,
    editor: { preview: false },
    files: group.files.map((spec) => ({
      name: spec.name,
      label: spec.label,
      file: `${contentDir}/${spec.file}`,
      format: 'yaml',
      fields: fieldsFor(toJsonSchema(requireSchema(spec.file)), (path) => keysFor(spec.file, path)),
    })),
  }))
  return {
    backend: { name: 'git-gateway', branch: 'main' },
    local_backend: localBackendUrl ? { url: localBackendUrl } : true,
    load_config_file: false,
    media_folder: 'public/diagrams',
    public_folder: '/diagrams',
    publish_mode: 'simple',
    collections: [...folders, ...files],
  }
}

export type EditorConfig = ReturnType<typeof editorConfig>
