import { describe, expect, it } from 'vitest'
import { pageMetadata } from '@/lib/metadata/page'

const site = { name: 'Example Clinic', url: 'https://clinic.example' }

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
})
