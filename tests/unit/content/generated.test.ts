import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { emptyTree } from '@/lib/content/headings'
import { readGenerated } from '@/lib/content/generated'
import { compileTree } from '@/tests/support/content'

const dir = mkdtempSync(join(tmpdir(), 'generated-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const write = (type: string, value: unknown) => {
  mkdirSync(join(dir, type), { recursive: true })
  writeFileSync(join(dir, type, '_index.json'), JSON.stringify(value))
}

describe('readGenerated', () => {
  const tree = compileTree('## Washing\n\nGently.\n')
  write('Article', [
    {
      title: 'Aftercare',
      reviewedBy: { name: 'Sam', role: 'Lead', type: 'Reviewer', _raw: {} },
      body: { raw: '## Washing', html: '<h2>…</h2>' },
      tree,
      _id: 'articles/aftercare.md',
      _raw: { sourceFilePath: 'articles/aftercare.md' },
      type: 'Article',
    },
  ])
  write('Site', { name: 'Clinic', _id: 'site.yaml', _raw: { sourceFilePath: 'site.yaml' }, type: 'Site' })

  it('gives each document its file, the fields the editor wrote, and its tree', () => {
    const sources = readGenerated(dir)
    expect(sources.articles).toEqual([
      {
        file: 'content/articles/aftercare.md',
        data: { title: 'Aftercare', reviewedBy: { name: 'Sam', role: 'Lead' } },
        tree,
      },
    ])
    expect(sources.site).toEqual([{ file: 'content/site.yaml', data: { name: 'Clinic' }, tree: emptyTree() }])
  })

  it('gives nothing for a type Contentlayer wrote no index for, and names files in another content folder', () => {
    const sources = readGenerated(dir, 'tests/content')
    expect(sources.faqs).toEqual([])
    expect(sources.glossary).toEqual([])
    expect(sources.site[0]?.file).toBe('tests/content/site.yaml')
  })
})
