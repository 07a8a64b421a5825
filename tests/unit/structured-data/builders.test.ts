import { describe, expect, it } from 'vitest'
import { getContent } from '@/lib/content'
import { buildBreadcrumbList } from '@/lib/structured-data/breadcrumbs'
import { buildClinic, clinicId } from '@/lib/structured-data/clinic'
import { buildMedicalWebPage, buildTranslatedMedicalWebPage } from '@/lib/structured-data/medical-web-page'
import { twoPlaceSite } from '@/tests/fixtures/site'

const { site, articles } = getContent()

describe('buildClinic', () => {
  it('describes the clinic from its settings, with address and telephone', () => {
    const clinic = buildClinic(site)
    expect(clinic).toMatchObject({
      '@type': 'MedicalClinic',
      '@id': clinicId(site),
      name: site.name,
      telephone: site.phone,
      email: site.email,
    })
    const [first] = site.locations
    expect(clinic.address).toEqual({
      '@type': 'PostalAddress',
      streetAddress: first!.address.street,
      addressLocality: first!.address.locality,
      postalCode: first!.address.postalCode,
      addressCountry: first!.address.country,
    })
  })

  it('lists one Place for each of the clinic’s places, with its own address, phone and map', () => {
    const clinic = buildClinic(twoPlaceSite)
    expect(clinic.location).toHaveLength(2)
    twoPlaceSite.locations.forEach((place, index) => {
      expect(clinic.location[index]).toMatchObject({
        '@type': 'Place',
        name: place.name,
        telephone: place.phone,
        address: {
          '@type': 'PostalAddress',
          streetAddress: place.address.street,
          postalCode: place.address.postalCode,
        },
      })
    })
    const [, second] = twoPlaceSite.locations
    expect(clinic.location[1]).toMatchObject({
      hasMap: second!.mapUrl,
      geo: { '@type': 'GeoCoordinates', latitude: second!.geo!.latitude, longitude: second!.geo!.longitude },
    })
    expect(clinic.location[0]).not.toHaveProperty('hasMap')
    expect(clinic.address).toEqual(clinic.location[0]!.address)
  })
})

describe('buildMedicalWebPage', () => {
  const article = articles[0]!

  it('describes an article as a MedicalWebPage about SMP for patients, published by the clinic', () => {
    const page = buildMedicalWebPage(site, article)
    expect(page['@context']).toBe('https://schema.org')
    expect(page['@type']).toBe('MedicalWebPage')
    expect(page.url).toBe(`${site.url}/${article.slug}`)
    expect(page.name).toBe(article.title)
    expect(page.description).toBe(article.description)
    expect(page.lastReviewed).toBe(article.lastReviewed)
    expect(page.about).toMatchObject({
      '@type': 'MedicalProcedure',
      procedureType: 'https://schema.org/NoninvasiveProcedure',
      bodyLocation: 'Scalp',
    })
    expect(page.audience).toBe('https://schema.org/Patient')
    expect(page.publisher).toEqual(buildClinic(site))
  })

  it('names the reviewer only when the front matter gives one', () => {
    expect(buildMedicalWebPage(site, { ...article, reviewedBy: undefined })).not.toHaveProperty('reviewedBy')
    const reviewed = buildMedicalWebPage(site, {
      ...article,
      reviewedBy: { name: 'Dr A Example', role: 'Dermatologist' },
    })
    expect(reviewed).toMatchObject({
      reviewedBy: { '@type': 'Person', name: 'Dr A Example', jobTitle: 'Dermatologist' },
    })
  })

  it('gives every article its own page address', () => {
    const urls = articles.map((a) => buildMedicalWebPage(site, a).url)
    expect(new Set(urls).size).toBe(articles.length)
  })
})

describe('buildBreadcrumbList', () => {
  it('numbers each step from 1 with its absolute address', () => {
    const list = buildBreadcrumbList({ url: 'https://clinic.example' }, [
      { href: '/', label: 'Home' },
      { href: '/aftercare', label: 'Aftercare' },
      { href: '/aftercare/planner', label: 'Planner' },
    ])
    expect(list['@type']).toBe('BreadcrumbList')
    expect(list.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Home', item: 'https://clinic.example/' },
      { '@type': 'ListItem', position: 2, name: 'Aftercare', item: 'https://clinic.example/aftercare' },
      { '@type': 'ListItem', position: 3, name: 'Planner', item: 'https://clinic.example/aftercare/planner' },
    ])
  })
})

describe('buildTranslatedMedicalWebPage', () => {
  const article = articles[0]!
  const translation = { kind: 'translated', method: 'machine', madeFrom: '2026-12-01', englishIsNewer: false } as const

  it('is the Hindi page, a translation of the English one, without claiming the English review', () => {
    const page = buildTranslatedMedicalWebPage(site, { ...article, translation }, 'hi')
    expect(page).toMatchObject({
      '@id': `${site.url}/hi/${article.slug}#page`,
      url: `${site.url}/hi/${article.slug}`,
      inLanguage: 'hi',
      translationOfWork: { '@id': `${site.url}/${article.slug}#page` },
    })
    expect(page).not.toHaveProperty('lastReviewed')
    expect(page).not.toHaveProperty('reviewedBy')
  })

  it('names only who checked the translation, and says English for a page not translated yet', () => {
    const reviewedBy = { name: 'A. Doctor', role: 'Dermatologist' }
    expect(
      buildTranslatedMedicalWebPage(site, { ...article, translation: { ...translation, reviewedBy } }, 'hi'),
    ).toMatchObject({
      reviewedBy: { '@type': 'Person', name: 'A. Doctor', jobTitle: 'Dermatologist' },
    })
    expect(buildTranslatedMedicalWebPage(site, { ...article, translation: { kind: 'missing' } }, 'hi').inLanguage).toBe(
      'en',
    )
  })
})
