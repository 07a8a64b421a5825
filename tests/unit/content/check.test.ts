import { describe, expect, it } from 'vitest'
import { checkContent } from '@/lib/content/check'
import { formatProblem } from '@/lib/content/model'
import { loadSources } from '@/tests/support/content'

describe('checkContent', () => {
  it('gives the content, and says whether drafts are in it, for the valid baseline', () => {
    const checked = checkContent(loadSources(), { includeDrafts: false })
    expect(checked.problems.map(formatProblem)).toEqual([])
    expect(checked.includeDrafts).toBe(false)
    expect(checked.content?.articles.length).toBeGreaterThan(0)
    expect(checked.content?.articles.every((article) => !article.draft)).toBe(true)
  })

  it('keeps the filled-in trees out of what pages read', () => {
    const { content } = checkContent(loadSources(), { includeDrafts: false })
    expect([...content!.articles, ...content!.faqs].some((doc) => 'tree' in doc)).toBe(false)
  })

  it('gives problems and no content when something is wrong', () => {
    const checked = checkContent(loadSources('article-missing-title'), { includeDrafts: false })
    expect(checked.content).toBeUndefined()
    expect(checked.problems).toContainEqual(
      expect.objectContaining({ file: 'content/articles/no-title.md', field: 'title' }),
    )
  })
})
