// The real content, built for each country the clinics are in: changing countryCode (and nothing
// else) changes every number and word that depends on the country.
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { validateContent, type ContentSources } from '@/lib/content/validate'
import { listFiles, repoRoot, sourcesFromFiles } from '@/tests/support/content'

const contentDir = join(repoRoot, 'content')
const realSources = sourcesFromFiles(listFiles(contentDir).map((path) => [path, join(contentDir, path)]))

const inCountry = (countryCode: string): ContentSources => ({
  ...realSources,
  site: realSources.site.map((doc) => ({ ...doc, data: { ...doc.data, countryCode } })),
})

const pageText = (sources: ContentSources) => {
  const { content, problems } = validateContent(sources, { includeDrafts: false })
  expect(problems).toEqual([])
  return [...content!.articles, ...content!.faqs].map((doc) => doc.html).join('\n')
}

describe('the site in each country', () => {
  it.each([
    ['GB', '999', /\b112\b/],
    ['IN', '112', /\b999\b|NHS 111|\bGP\b/],
  ])('countryCode %s says %s and nothing of the other country', (code, number, otherCountry) => {
    const text = pageText(inCountry(code))
    expect(text).toContain(`tel:${number}`)
    expect(text).not.toMatch(otherCountry)
    expect(text).not.toMatch(/\{\{|%7B%7B/)
  })

  it('fails, naming content/site.yaml, for a country with no help entry', () => {
    const { problems, content } = validateContent(inCountry('FR'), { includeDrafts: false })
    expect(content).toBeUndefined()
    expect(problems).toEqual([
      {
        file: 'content/site.yaml',
        field: 'countryCode',
        message: expect.stringContaining('"FR" has no entry in content/regions.yaml'),
      },
    ])
  })
})
