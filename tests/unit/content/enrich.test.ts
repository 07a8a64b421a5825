import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse as parseYaml } from 'yaml'
import { describe, expect, it } from 'vitest'
import { toHtml } from 'hast-util-to-html'
import { citationAnchor, enrichTree, sourceAnchor } from '@/lib/content/enrich'
import { regionsSchema, regionTokens } from '@/lib/site/regions'
import type { GlossaryTerm } from '@/lib/glossary/schema'
import { compileTree, repoRoot } from '@/tests/support/content'

// The regions the clinics ship with, read the way the content step reads them.
const { regions } = regionsSchema.parse(parseYaml(readFileSync(join(repoRoot, 'content', 'regions.yaml'), 'utf8')))
const gb = regions.GB!
const india = regions.IN!

const enrich = (markdown: string, options: Partial<Parameters<typeof enrichTree>[1]> = {}) => {
  const { tree, ...rest } = enrichTree(compileTree(markdown), { region: gb, allowCitations: true, ...options })
  return { ...rest, html: toHtml(tree) }
}

describe('region placeholders', () => {
  it.each([
    ['GB', gb, '999', 'GP'],
    ['IN', india, '112', 'doctor'],
  ])('fills in %s values in text and in tel: links', (_, region, number, doctor) => {
    const { html, problems } = enrich(
      'Call [{{emergencyNumber}}](tel:{{emergencyNumber}}) or see your {{familyDoctor}}.',
      { region },
    )
    expect(problems).toEqual([])
    expect(html).toBe(`<p>Call <a href="tel:${number}">${number}</a> or see your ${doctor}.</p>`)
  })

  it('gives every token a value in every shipped country', () => {
    for (const region of Object.values(regions)) {
      for (const token of regionTokens) expect(region[token].length).toBeGreaterThan(1)
    }
  })

  it("fills a country's own example where it has one, and nothing where it has none", () => {
    const markdown = 'Support groups can help. {{supportGroupExample}}'
    expect(enrich(markdown, { region: gb }).html).toBe(`<p>Support groups can help. ${gb.supportGroupExample}</p>`)
    expect(india.supportGroupExample).toBeUndefined()
    const { html, problems } = enrich(markdown, { region: india })
    expect(problems).toEqual([])
    expect(html).toBe('<p>Support groups can help. </p>')
  })

  it('reports an unknown placeholder and leaves it visible rather than dropping words', () => {
    const { html, problems } = enrich('Call {{ambulance}} now.')
    expect(html).toContain('{{ambulance}}')
    expect(problems).toEqual([expect.stringContaining('unknown placeholder {{ambulance}}: use one of {{countryName}}')])
  })

  it('does not touch code', () => {
    expect(enrich('Write `{{emergencyNumber}}` in the file.').html).toContain('<code>{{emergencyNumber}}</code>')
  })
})

describe('citations', () => {
  it('numbers sources by first use and links each use to the list and back', () => {
    const { html, citations } = enrich('One [@garg-2005]. Two [@rassman-2015][@garg-2005]. Three [@garg-2005].')
    expect(citations).toEqual([
      { id: 'garg-2005', uses: 3 },
      { id: 'rassman-2015', uses: 1 },
    ])
    const links = [
      ...html.matchAll(/<a href="#([^"]+)" id="([^"]+)" data-citation="([^"]+)" aria-label="Source (\d+)">(\d+)<\/a>/g),
    ]
    for (const [, , , , label, number] of links) expect(label).toBe(number)
    expect(links.map(([, href, id, , , number]) => [href, id, number])).toEqual([
      [sourceAnchor('garg-2005'), citationAnchor('garg-2005', 1), '1'],
      [sourceAnchor('rassman-2015'), citationAnchor('rassman-2015', 1), '2'],
      [sourceAnchor('garg-2005'), citationAnchor('garg-2005', 2), '1'],
      [sourceAnchor('garg-2005'), citationAnchor('garg-2005', 3), '1'],
    ])
    expect(new Set(links.map(([, , id]) => id)).size).toBe(4)
    expect(html).not.toContain('[@')
  })

  it('refuses citations in an FAQ answer', () => {
    const { problems, citations } = enrich('It is permanent [@garg-2005].', { allowCitations: false })
    expect(citations).toEqual([])
    expect(problems).toEqual([expect.stringContaining('citations such as [@garg-2005] are for articles')])
  })

  it('reports a citation written wrongly instead of showing it as text', () => {
    expect(enrich('See [@Garg 2005].').problems).toEqual([expect.stringContaining('"[@Garg 2005]" is not a citation')])
  })
})

describe('glossary links', () => {
  const terms: GlossaryTerm[] = [
    { id: 'keloid', term: 'Keloid', also: ['keloids', 'keloid scars'], definition: 'A thick, raised scar.' },
    { id: 'pigment', term: 'Pigment', definition: 'The colour placed in the skin.' },
  ]
  const glossary = { path: '/glossary', terms }

  it('links the first use of each term only, matching any case and the other forms', () => {
    const { html } = enrich('Keloid scars can form. A keloid is thick. Pigment and pigment.', { glossary })
    expect(html).toBe(
      '<p><a href="/glossary#keloid" class="glossary-link">Keloid scars</a> can form. A keloid is thick. <a href="/glossary#pigment" class="glossary-link">Pigment</a> and pigment.</p>',
    )
  })

  it('leaves headings, links, captions and parts of words alone', () => {
    const { html } = enrich('## Keloid\n\nSee [keloid](/risks). Pigmentation is a word.\n\nThen keloids.', { glossary })
    expect(html).toContain('<h2 id="keloid">Keloid')
    expect(html).toContain('<a href="/risks">keloid</a>')
    expect(html).toContain('Pigmentation is a word.')
    expect(html).toContain('Then <a href="/glossary#keloid" class="glossary-link">keloids</a>.')
  })

  it('links nothing without a glossary (the glossary page itself)', () => {
    expect(enrich('A keloid.').html).toBe('<p>A keloid.</p>')
  })
})
