import { describe, expect, it } from 'vitest'
import { headTags, notFoundHead, pageHead, pageMetadata } from '@/lib/metadata/page'

const site = { name: 'Example Clinic', url: 'https://clinic.example', countryCode: 'GB' }

describe('pageMetadata', () => {
  const metadata = pageMetadata(site, {
    path: '/aftercare',
    title: 'Caring for your scalp',
    description: 'How to look after your scalp.',
    type: 'article',
    lastReviewed: '2026-11-20',
  })

  it('titles the page with its own title, then the clinic name, whatever the layout template says', () => {
    expect(metadata.title).toEqual({ absolute: 'Caring for your scalp | Example Clinic' })
    expect(metadata.description).toBe('How to look after your scalp.')
  })

  it('gives a canonical URL built from the site URL in the clinic settings', () => {
    expect(metadata.alternates?.canonical).toBe('https://clinic.example/aftercare')
  })

  it('fills the Open Graph and Twitter card tags a link preview reads', () => {
    expect(metadata.openGraph).toMatchObject({
      type: 'article',
      url: 'https://clinic.example/aftercare',
      title: 'Caring for your scalp | Example Clinic',
      description: 'How to look after your scalp.',
      siteName: 'Example Clinic',
      locale: 'en_GB',
      modifiedTime: '2026-11-20',
    })
    expect(metadata.twitter).toMatchObject({
      card: 'summary_large_image',
      title: 'Caring for your scalp | Example Clinic',
    })
    expect(metadata.robots).toBeUndefined()
  })

  it('makes other pages "website" pages, with the home page at the site root', () => {
    const home = pageMetadata(site, { path: '/', title: 'Home', description: 'The home page.' })
    expect(home.openGraph).toMatchObject({ type: 'website', url: 'https://clinic.example/' })
    expect(home.openGraph).not.toHaveProperty('modifiedTime')
    expect(home.alternates?.canonical).toBe('https://clinic.example/')
  })

  it('keeps staff pages out of search engines', () => {
    const staff = pageMetadata(site, { path: '/links', title: 'Links', description: 'For staff.', noindex: true })
    expect(staff.robots).toEqual({ index: false, follow: false })
  })

  it('links each page to itself in every language (hreflang), English as x-default, from either side', () => {
    const languages = { en: 'https://clinic.example/aftercare', hi: 'https://clinic.example/hi/aftercare' }
    expect(metadata.alternates?.languages).toEqual({ ...languages, 'x-default': languages.en })
    const hindi = pageMetadata(site, { path: '/hi/aftercare', title: 'आफ़्टरकेयर', description: 'देखभाल।' })
    expect(hindi.alternates).toEqual({
      canonical: languages.hi,
      languages: { ...languages, 'x-default': languages.en },
    })
    expect(hindi.openGraph).toMatchObject({ locale: 'hi_IN', alternateLocale: ['en_GB'] })
  })

  it('gives the home page its Hindi twin at /hi, and a staff-only page no alternates', () => {
    const home = pageMetadata(site, { path: '/', title: 'Home', description: 'The home page.' })
    expect(home.alternates?.languages).toMatchObject({ hi: 'https://clinic.example/hi' })
    const staff = pageMetadata(site, { path: '/links', title: 'Links', description: 'For staff.', noindex: true })
    expect(staff.alternates).not.toHaveProperty('languages')
  })

  it('writes the same alternates as <link rel="alternate" hreflang> tags in a document head', () => {
    const head = pageHead(site, { path: '/hi/faq', title: 'सवाल', description: 'जवाब।' })
    const links = headTags(head, site).filter((tag) => tag.tag === 'link' && tag.rel === 'alternate')
    expect(links).toEqual([
      { tag: 'link', rel: 'alternate', hrefLang: 'en', href: 'https://clinic.example/faq' },
      { tag: 'link', rel: 'alternate', hrefLang: 'hi', href: 'https://clinic.example/hi/faq' },
      { tag: 'link', rel: 'alternate', hrefLang: 'x-default', href: 'https://clinic.example/faq' },
    ])
  })

  it('gives a 404 page in Hindi no address and no alternates, but the Hindi home preview', () => {
    const head = notFoundHead(site, { title: 'पेज नहीं मिला', description: 'नहीं मिला।', locale: 'hi' })
    expect(head).not.toHaveProperty('canonical')
    expect(head).not.toHaveProperty('alternates')
    expect(head.image.url).toBe('https://clinic.example/hi/opengraph-image')
    expect(head.locale).toBe('hi')
  })
})
