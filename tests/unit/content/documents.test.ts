import { describe, expect, it } from 'vitest'
import { enrichDocument, imageProblems } from '@/lib/content/documents'
import type { ContentProblem } from '@/lib/content/model'
import { compileTree } from '@/tests/support/content'

const references = { notes: [], sources: [{ id: 'garg-2005' }] } as never
const source = (markdown: string) => ({ file: 'content/articles/x.md', data: {}, tree: compileTree(markdown) })

describe('enrichDocument', () => {
  it('numbers known citations and leaves the source tree as it was', () => {
    const doc = source('A claim [@garg-2005].\n')
    const before = structuredClone(doc.tree)
    const problems: ContentProblem[] = []
    const { citations } = enrichDocument(doc, { allowCitations: true, ownPath: '/x' }, { references }, problems)
    expect(citations).toEqual([{ id: 'garg-2005', uses: 1 }])
    expect(problems).toEqual([])
    expect(doc.tree).toEqual(before)
  })

  it('names a citation with no source, in the file', () => {
    const problems: ContentProblem[] = []
    enrichDocument(
      source('A claim [@nobody-2020].\n'),
      { allowCitations: true, ownPath: '/x' },
      { references },
      problems,
    )
    expect(problems).toEqual([
      {
        file: 'content/articles/x.md',
        message: 'the citation [@nobody-2020] names no source in content/references.yaml (it has garg-2005)',
      },
    ])
  })
})

describe('imageProblems', () => {
  it('gives each image problem with its file', () => {
    expect(imageProblems([source('![](/diagrams/skin-layers.svg "Caption")\n')], '/nowhere')).toEqual([
      expect.objectContaining({ file: 'content/articles/x.md', message: expect.stringContaining('does not exist') }),
      expect.objectContaining({ file: 'content/articles/x.md', message: expect.stringContaining('has no alt text') }),
    ])
  })
})
