import { describe, expect, it } from 'vitest'
import { headTags, notFoundHead, pageHead } from '@/lib/metadata/page'

const site = { name: 'Example Clinic', url: 'https://clinic.example', countryCode: 'GB' }
const tagContent = (head: ReturnType<typeof pageHead>, key: string) =>
  headTags(head, site)
    .filter((tag) => tag.tag === 'meta' && (tag.name === key || tag.property === key))
    .map((tag) => (tag.tag === 'meta' ? tag.content : ''))

describe('pageHead', () => {
  const head = pageHead(site, {
    path: '/aftercare',
    title: 'Caring for your scalp',
    description: 'How to look after your scalp.',
    type: 'article',
    lastReviewed: '2026-11-20',
  })

  it('titles the page with its own title, then the clinic name', () => {
    expect(head.title).toBe('Caring for your scalp | Example Clinic')
    expect(head.description).toBe('How to look after your scalp.')
  })

  it('gives a canonical URL built from the site URL in the clinic settings', () => {
    expect(head.canonical).toBe('https://clinic.example/aftercare')
  })

  it('fills the Open Graph and Twitter card tags a link preview reads', () => {
    expect(head).toMatchObject({
      type: 'article',
      siteName: 'Example Clinic',
      ogLocale: 'en_GB',
      modifiedTime: '2026-11-20',
    })
    expect(tagContent(head, 'og:url')).toEqual(['https://clinic.example/aftercare'])
    expect(tagContent(head, 'og:title')).toEqual(['Caring for your scalp | Example Clinic'])
    expect(tagContent(head, 'twitter:card')).toEqual(['summary_large_image'])
    expect(tagContent(head, 'og:image')).toEqual(['https://clinic.example/aftercare/opengraph-image'])
    expect(head.robots).toBeUndefined()
  })

  it('makes other pages "website" pages, with the home page at the site root', () => {
    const home = pageHead(site, { path: '/', title: 'Home', description: 'The home page.' })
    expect(home.type).toBe('website')
    expect(home).not.toHaveProperty('modifiedTime')
    expect(home.canonical).toBe('https://clinic.example/')
  })

  it("keeps staff pages out of search engines, with no alternates, previewed by the home page's image", () => {
    const staff = pageHead(site, { path: '/links', title: 'Links', description: 'For staff.', noindex: true })
    expect(tagContent(staff, 'robots')).toEqual(['noindex, nofollow'])
    expect(staff).not.toHaveProperty('alternates')
    expect(staff.image.url).toBe('https://clinic.example/opengraph-image')
  })

  it('links each page to itself in every language (hreflang), English as x-default, from either side', () => {
    const languages = { en: 'https://clinic.example/aftercare', hi: 'https://clinic.example/hi/aftercare' }
    expect(head.alternates).toEqual({ ...languages, 'x-default': languages.en })
    const hindi = pageHead(site, { path: '/hi/aftercare', title: 'आफ़्टरकेयर', description: 'देखभाल।' })
    expect(hindi.canonical).toBe(languages.hi)
    expect(hindi.alternates).toEqual({ ...languages, 'x-default': languages.en })
    expect(hindi).toMatchObject({ ogLocale: 'hi_IN', ogLocaleAlternates: ['en_GB'] })
  })

  it('gives the home page its Hindi twin at /hi', () => {
    const home = pageHead(site, { path: '/', title: 'Home', description: 'The home page.' })
    expect(home.alternates).toMatchObject({ hi: 'https://clinic.example/hi' })
  })

  it('writes the same alternates as <link rel="alternate" hreflang> tags', () => {
    const faq = pageHead(site, { path: '/hi/faq', title: 'सवाल', description: 'जवाब।' })
    const links = headTags(faq, site).filter((tag) => tag.tag === 'link' && tag.rel === 'alternate')
    expect(links).toEqual([
      { tag: 'link', rel: 'alternate', hrefLang: 'en', href: 'https://clinic.example/faq' },
      { tag: 'link', rel: 'alternate', hrefLang: 'hi', href: 'https://clinic.example/hi/faq' },
      { tag: 'link', rel: 'alternate', hrefLang: 'x-default', href: 'https://clinic.example/faq' },
    ])
  })

  it('gives a 404 page in Hindi no address and no alternates, but the Hindi home preview', () => {
    const notFound = notFoundHead(site, { title: 'पेज नहीं मिला', description: 'नहीं मिला।', locale: 'hi' })
    expect(notFound).not.toHaveProperty('canonical')
    expect(notFound).not.toHaveProperty('alternates')
    expect(notFound.image.url).toBe('https://clinic.example/hi/opengraph-image')
    expect(notFound.locale).toBe('hi')
  })
})
