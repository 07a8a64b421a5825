import { describe, expect, it } from 'vitest'
import { flattenLinks, qrFileName, staffLinks } from '@/lib/links/directory'
import type { SitePage } from '@/lib/pages/directory'

const site = { url: 'https://clinic.example' }
const pages: SitePage[] = [
  { path: '/', title: 'Home', description: 'd', sections: [], kind: 'home' },
  {
    path: '/aftercare',
    title: 'Aftercare',
    description: 'd',
    sections: [
      { id: 'washing', title: 'Washing' },
      { id: 'sun', title: 'Sun' },
    ],
    kind: 'article',
  },
  {
    path: '/faq',
    title: 'FAQ',
    description: 'd',
    sections: [{ id: 'does-it-hurt', title: 'Does it hurt?' }],
    kind: 'faq',
  },
]

describe('staffLinks', () => {
  it('gives every page and section its absolute address on the clinic’s site, in page order', () => {
    const links = staffLinks(pages, site)
    expect(links.map((page) => page.url)).toEqual([
      'https://clinic.example/',
      'https://clinic.example/aftercare',
      'https://clinic.example/faq',
    ])
    expect(links[1]!.sections).toEqual([
      { url: 'https://clinic.example/aftercare#washing', path: '/aftercare#washing', title: 'Washing' },
      { url: 'https://clinic.example/aftercare#sun', path: '/aftercare#sun', title: 'Sun' },
    ])
    expect(links[2]!.sections[0]).toMatchObject({
      url: 'https://clinic.example/faq#does-it-hurt',
      title: 'Does it hurt?',
    })
    expect(links.map((page) => page.kind)).toEqual(['home', 'article', 'faq'])
  })

  it('flattens to each page followed by its sections, every address once', () => {
    const flat = flattenLinks(staffLinks(pages, site))
    expect(flat.map((link) => link.title)).toEqual(['Home', 'Aftercare', 'Washing', 'Sun', 'FAQ', 'Does it hurt?'])
    expect(new Set(flat.map((link) => link.url)).size).toBe(flat.length)
  })
})

describe('qrFileName', () => {
  it.each([
    ['/', 'qr-code-home.svg'],
    ['/aftercare', 'qr-code-aftercare.svg'],
    ['/aftercare/planner', 'qr-code-aftercare-planner.svg'],
  ])('%s → %s', (path, name) => {
    expect(qrFileName(path)).toBe(name)
  })
})
