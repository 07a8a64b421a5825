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

/** Every article's and FAQ answer's text (no markup), in English and in Hindi, and the help box's words (the region). */
const pageText = (sources: ContentSources) => {
  const { content, problems } = validateContent(sources, { includeDrafts: false })
  expect(problems).toEqual([])
  const { hi } = content!.translations
  return [...content!.articles, ...content!.faqs, ...hi.articles, ...hi.faqs]
    .map((doc) => doc.html)
    .concat(JSON.stringify(content!.region), JSON.stringify(hi.region))
    .join('\n')
}
const withoutMarkup = (html: string) => html.replace(/<[^>]+>/g, ' ')

// What only holds in the UK: its numbers, the NHS, its family doctor, its laws, councils and groups (English and Hindi).
const ukOnly =
  /\b999\b|NHS|\bGP\b|जीपी|Great Britain|ग्रेट ब्रिटेन|Tattooing of Minors|Alopecia UK|Citizens Advice|council|काउंसिल|\bthe UK\b|यूके/i
const indiaOnly = /\b112\b|\b1915\b|\b104\b|Kerala|केरल|Consumer Helpline/i

describe('the site in each country', () => {
  it.each([
    ['GB', '999', indiaOnly],
    ['IN', '112', ukOnly],
  ])('countryCode %s says %s and nothing of the other country', (code, number, otherCountry) => {
    const text = pageText(inCountry(code))
    expect(text).toContain(`tel:${number}`)
    // The words around each match, so a failure says where it is.
    const words = withoutMarkup(text)
    const found = [...words.matchAll(new RegExp(otherCountry.source, 'gi'))].map((m) =>
      words.slice(Math.max(0, m.index - 50), m.index + 30).replace(/\s+/g, ' '),
    )
    expect(found).toEqual([])
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
