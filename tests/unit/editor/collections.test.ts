// The web editor's collections are generated from the content step's schemas: every field of every content type is
// there, required where the schema requires it, with the schema's limits.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { parse as parseYaml } from 'yaml'
import { schemaFor } from '@/lib/content/raw'
import { emptyPaths, validateEntry } from '@/lib/editor/check'
import {
  editorConfig,
  fileCollections,
  folderCollections,
  toJsonSchema,
  type DecapField,
  type JsonSchema,
} from '@/lib/editor/collections'

const keysFor = (file: string, path: string[]) => {
  let value = parseYaml(readFileSync(join('content', file), 'utf8')) as unknown
  for (const key of path) value = (value as Record<string, unknown>)[key]
  return Object.keys(value as object)
}
const config = editorConfig({ keysFor })
const collections = config.collections as {
  name: string
  folder?: string
  files?: { file: string; fields: DecapField[] }[]
  fields?: DecapField[]
}[]

/** Walks a JSON Schema object and the generated fields side by side, checking each property. */
function expectMatches(schema: JsonSchema, fields: DecapField[], where: string, parentOptional = false) {
  const properties =
    schema.properties ??
    Object.fromEntries(fields.map((field) => [field.name, schema.additionalProperties as JsonSchema]))
  const required = schema.properties ? new Set(schema.required ?? []) : new Set(fields.map((f) => f.name))
  expect(
    fields.map((f) => f.name).filter((name) => name !== 'body'),
    where,
  ).toEqual(Object.keys(properties))
  for (const [name, property] of Object.entries(properties)) {
    const field = fields.find((f) => f.name === name)!
    const at = `${where}.${name}`
    const isRequired = required.has(name)
    if (parentOptional) {
      expect(field.required, at).toBe(false)
      expect(Boolean(field.requiredWithParent), at).toBe(isRequired)
    } else expect(field.required, at).toBe(isRequired)
    expect(field.label, at).toBeTruthy()
    if (property.description) expect(field.hint, at).toContain(property.description)
    if (property.type === 'string' && !property.enum && property.const === undefined) {
      if (property.minLength !== undefined) expect(field.limits?.minLength, at).toBe(property.minLength)
      if (property.maxLength !== undefined) expect(field.limits?.maxLength, at).toBe(property.maxLength)
      if (property.pattern) expect(field.pattern?.[0], at).toBe(property.pattern)
      if (property.maxLength !== undefined) expect(field.hint, at).toContain(String(property.maxLength))
    }
    if (property.enum) expect(field.options, at).toEqual(property.enum)
    if (property.const !== undefined) expect(field.options, at).toEqual([property.const])
    if (property.type === 'integer' || property.type === 'number') {
      expect(field.widget, at).toBe('number')
      expect(field.value_type, at).toBe(property.type === 'integer' ? 'int' : 'float')
      const min =
        property.minimum ?? (property.exclusiveMinimum !== undefined ? property.exclusiveMinimum + 1 : undefined)
      expect(field.min, at).toBe(min)
      if (property.maximum !== undefined && property.maximum < Number.MAX_SAFE_INTEGER)
        expect(field.max, at).toBe(property.maximum)
    }
    if (property.type === 'boolean') expect(field.widget, at).toBe('boolean')
    if (property.type === 'array') {
      expect(field.min, at).toBe(property.minItems)
      if (property.items?.enum) {
        expect(field.widget, at).toBe('select')
        expect(field.multiple, at).toBe(true)
        expect(field.options, at).toEqual(property.items.enum)
      } else {
        expect(field.widget, at).toBe('list')
        if (property.items?.type === 'object') expectMatches(property.items, field.fields!, `${at}[]`)
      }
    }
    if (property.type === 'object') {
      expect(field.widget, at).toBe('object')
      expectMatches(property, field.fields!, at, parentOptional || !isRequired)
    }
  }
}

describe("the editor's collections", () => {
  test.each(folderCollections)('$label: every front-matter field, required and limits, plus the text', (spec) => {
    const collection = collections.find((c) => c.name === spec.name)!
    expect(collection.folder).toBe(`content/${spec.folder}`)
    const schema = toJsonSchema(schemaFor(`${spec.folder}/any.md`)!)
    expectMatches(schema, collection.fields!, spec.folder)
    expect(collection.fields!.at(-1)).toMatchObject({ name: 'body', widget: 'markdown' })
  })

  const files = fileCollections.flatMap((group) => group.files.map((file) => ({ ...file, group: group.name })))
  test.each(files)('$file: every field of the file, required and limits', (spec) => {
    const file = collections.find((c) => c.name === spec.group)!.files!.find((f) => f.file === `content/${spec.file}`)!
    expectMatches(toJsonSchema(schemaFor(spec.file)!), file.fields, spec.file)
  })

  test('a field the schema requires is required in the editor (the article title), and a date asks for YYYY-MM-DD', () => {
    const fields = collections.find((c) => c.name === 'articles')!.fields!
    const title = fields.find((f) => f.name === 'title')!
    expect(title).toMatchObject({ required: true, widget: 'string' })
    expect(new RegExp(title.pattern![0]).test('ab')).toBe(false)
    expect(new RegExp(title.pattern![0]).test('About SMP')).toBe(true)
    const date = new RegExp(fields.find((f) => f.name === 'lastReviewed')!.pattern![0])
    expect(date.test('2026-11-20')).toBe(true)
    expect(date.test('20 Nov 2026')).toBe(false)
  })

  test('every folder and file the collections name exists, and every content file is in a collection', () => {
    for (const spec of folderCollections) expect(readdirSync(join('content', spec.folder)).length).toBeGreaterThan(0)
    const named = new Set(fileCollections.flatMap((g) => g.files.map((f) => f.file)))
    const yamlFiles = [
      ...readdirSync('content').filter((f) => f.endsWith('.yaml')),
      ...readdirSync('content/hi')
        .filter((f) => f.endsWith('.yaml'))
        .map((f) => `hi/${f}`),
    ].filter((file) => schemaFor(file) && file !== 'hi/termbase.yaml')
    expect([...named].sort()).toEqual(yamlFiles.sort())
  })

  test('the local backend is used, and nothing is read from a config.yml', () => {
    expect(config).toMatchObject({ local_backend: true, load_config_file: false })
    expect(editorConfig({ localBackendUrl: 'http://localhost:3000/admin/api/v1' }).local_backend).toEqual({
      url: 'http://localhost:3000/admin/api/v1',
    })
  })
})

describe('the check before a save', () => {
  const article = parseYaml(
    /^---\n([\s\S]*?)\n---/.exec(readFileSync('content/articles/aftercare.md', 'utf8'))![1]!,
  ) as Record<string, unknown>

  test('a valid article passes, and what the editor left empty is left out of the file', () => {
    const data = { ...article, reviewedBy: { name: '', role: '' }, redirectFrom: [], body: 'Text.' }
    const result = validateEntry({ file: 'content/articles/aftercare.md', collection: 'articles', data })
    expect(result.problems).toEqual([])
    expect(result.empty).toEqual([['reviewedBy'], ['redirectFrom']])
  })

  test('what the content step refuses is refused, naming the file and the field', () => {
    const data = { ...article, description: 'Too short', nextReviewDue: '2020-01-01', body: 'Text.' }
    const { problems } = validateEntry({ file: 'content/articles/aftercare.md', collection: 'articles', data })
    expect(problems.map((p) => [p.file, p.field])).toEqual([
      ['content/articles/aftercare.md', 'description'],
      ['content/articles/aftercare.md', 'nextReviewDue'],
    ])
    const half = validateEntry({
      file: 'content/articles/aftercare.md',
      collection: 'articles',
      data: { ...article, reviewedBy: { name: 'A Name', role: '' } },
    })
    expect(half.problems.map((p) => p.field)).toEqual(['reviewedBy.role'])
  })

  test("a new entry (no file yet) is checked by its collection's schema", () => {
    const { problems } = validateEntry({ file: '', collection: 'faq', data: { question: 'No question mark' } })
    expect(problems.every((p) => p.file === 'content/faq/new.md')).toBe(true)
    expect(problems.map((p) => p.field)).toEqual(expect.arrayContaining(['question', 'category', 'lastReviewed']))
  })

  test('a number typed into a field that takes a word or a number is saved as a number (the aftercare schedule)', () => {
    const schedule = parseYaml(readFileSync('content/aftercare-schedule.yaml', 'utf8')) as {
      items: { firstDay: unknown; lastDay: unknown }[]
    }
    const index = schedule.items.findIndex((item) => typeof item.lastDay === 'number')
    const typed = structuredClone(schedule)
    typed.items[index]!.lastDay = String(schedule.items[index]!.lastDay)
    const file = 'content/aftercare-schedule.yaml'
    const result = validateEntry({ file, collection: 'settings', data: typed })
    expect(result.numbers).toEqual([{ path: ['items', index, 'lastDay'], value: schedule.items[index]!.lastDay }])
    expect(result.problems).toEqual([])
    expect(validateEntry({ file, collection: 'settings', data: schedule }).numbers).toEqual([])
  })

  test('emptyPaths finds empty strings, lists and objects, and keeps what is filled in', () => {
    expect(emptyPaths({ a: '', b: 'x', c: { d: ' ', e: 'y' }, f: [], g: { h: '' }, i: 0, j: false })).toEqual([
      ['a'],
      ['c', 'd'],
      ['f'],
      ['g'],
    ])
  })
})
