// The build benchmark's made-up articles must pass the real content step next to the real content,
// or `npm run bench:build` would stop at its first size.
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readingGradeProblems } from '@/lib/content/readability'
import { validateContent, type ContentSources } from '@/lib/content/validate'
import { syntheticArticle, syntheticSlug } from '@/scripts/bench/synthetic-articles'
import { compileMarkdownFile, listFiles, repoRoot, sourcesFromFiles } from '@/tests/support/content'

function realContent(): ContentSources {
  const dir = join(repoRoot, 'content')
  return sourcesFromFiles(
    listFiles(dir).map((path) => [path, join(dir, path)]),
    { strict: false },
  )
}

describe('synthetic articles for bench:build', () => {
  const count = 3
  const synthetic = Array.from({ length: count }, (_, i) => syntheticArticle(i + 1, count, 101 + i))

  it('pass the content checks and the reading-grade limit beside the real content', () => {
    const sources = realContent()
    const realCount = sources.articles.length
    for (const { fileName, text } of synthetic) {
      sources.articles.push({ file: `content/articles/${fileName}`, ...compileMarkdownFile(text) })
    }
    const { problems, content } = validateContent(sources, { includeDrafts: false })
    expect(problems).toEqual([])
    expect(content?.articles).toHaveLength(realCount + count)
    expect(readingGradeProblems({ articles: sources.articles, faqs: [] })).toEqual([])
  })

  it("have distinct addresses and titles, and about a real article's length", () => {
    expect(new Set(synthetic.map((a) => a.fileName)).size).toBe(count)
    expect(synthetic[0]?.fileName).toBe(`${syntheticSlug(1)}.md`)
    expect(new Set(synthetic.map((a) => /^title: (.*)$/m.exec(a.text)?.[1])).size).toBe(count)
    for (const { text } of synthetic) {
      const words = text.split('\n---\n')[1]!.split(/\s+/).filter(Boolean).length
      expect(words).toBeGreaterThan(600)
      expect(words).toBeLessThan(1300)
    }
  })
})
