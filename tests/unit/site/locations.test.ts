// The clinic's places and its values for the contact page and the privacy notice (content/site.yaml): what the
// schema fills in, what it refuses (the fixture cases name file and field: tests/fixtures/content/site-*), and
// the Hindi wording over it.
import { describe, expect, it } from 'vitest'
import { openStreetMapLink, siteSettingsSchema, slugOf, unfilledClinicValues } from '@/lib/site/schema'
import { withSiteWording } from '@/lib/site/wording'
import { testSiteInput, twoPlaceSite } from '@/tests/fixtures/site'

const place = testSiteInput.locations[0]!
const second = {
  ...place,
  id: undefined,
  name: 'City Centre Clinic',
  phone: '+44 161 496 0000',
  geo: { latitude: 53.48, longitude: -2.24 },
}
const parse = (input: object) => siteSettingsSchema.parse({ ...testSiteInput, ...input })

describe('locations in content/site.yaml', () => {
  it('gives each place a section id from its name unless it has its own', () => {
    const site = parse({ locations: [{ ...place, id: undefined }, second] })
    expect(site.locations.map((location) => location.id)).toEqual([slugOf(place.name), 'city-centre-clinic'])
    expect(parse({ locations: [{ ...place, id: 'main' }] }).locations[0]!.id).toBe('main')
    // A name with no Latin letters still gets an address: its position.
    expect(parse({ locations: [place, { ...second, name: 'दिल्ली' }] }).locations[1]!.id).toBe('location-2')
  })

  it('makes the map link from the coordinates, and keeps a given OpenStreetMap link', () => {
    const site = parse({ locations: [place, second] })
    expect(site.locations[0]!.mapUrl).toBeUndefined()
    expect(site.locations[1]!.mapUrl).toBe(openStreetMapLink(second.geo))
    expect(new URL(site.locations[1]!.mapUrl!).hostname).toBe('www.openstreetmap.org')
    const own = 'https://www.openstreetmap.org/node/123'
    expect(parse({ locations: [{ ...second, mapUrl: own }] }).locations[0]!.mapUrl).toBe(own)
  })

  it('takes the first place’s phone for enquiries when the clinic has no number for all', () => {
    const { phone: _phone, ...noPhone } = testSiteInput
    const site = siteSettingsSchema.parse({ ...noPhone, locations: [{ ...place, phone: '+44 20 7946 0999' }, second] })
    expect(site.phone).toBe('+44 20 7946 0999')
    expect(parse({ phone: '0800 000 000' }).phone).toBe('0800 000 000')
  })

  it('reads TODO as "not written yet", and keeps what the clinic wrote', () => {
    const todo = parse({})
    expect(todo.replyTime).toBeUndefined()
    expect(todo.privacy).toEqual({ controller: undefined, readBy: undefined, keptFor: undefined })
    const filled = parse({ replyTime: ' within one working day ', privacy: { ...twoPlaceSite.privacy } })
    expect(filled.replyTime).toBe('within one working day')
    expect(filled.privacy).toEqual(twoPlaceSite.privacy)
  })

  it('names the field of each mistake in a place', () => {
    const paths = (input: object) => {
      const result = siteSettingsSchema.safeParse({ ...testSiteInput, ...input })
      return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'))
    }
    expect(paths({ locations: [place, { ...second, phone: 'reception' }] })).toEqual(['locations.1.phone'])
    expect(paths({ locations: [{ ...place, mapUrl: 'https://maps.example/x' }] })).toEqual(['locations.0.mapUrl'])
    expect(paths({ locations: [{ ...place, mapUrl: 'http://www.openstreetmap.org/x' }] })).toEqual([
      'locations.0.mapUrl',
    ])
    expect(paths({ locations: [place, { ...second, geo: { latitude: 123, longitude: 0 } }] })).toEqual([
      'locations.1.geo.latitude',
    ])
    expect(
      paths({
        locations: [
          { ...place, id: undefined },
          { ...place, id: undefined },
        ],
      }),
    ).toEqual(['locations.1.name'])
    expect(paths({ locations: [] })).toEqual(['locations'])
  })
})

describe('unfilledClinicValues (npm run content:report)', () => {
  it('lists each value still TODO or left out, with its example, and nothing once all are written', () => {
    expect(unfilledClinicValues(testSiteInput).map((value) => value.field)).toEqual([
      'replyTime',
      'privacy.controller',
      'privacy.readBy',
      'privacy.keptFor',
    ])
    expect(unfilledClinicValues({ ...testSiteInput, replyTime: 'todo', privacy: {} })).toHaveLength(4)
    expect(unfilledClinicValues({ ...testSiteInput, ...twoPlaceSite })).toEqual([])
    expect(unfilledClinicValues(undefined).map((value) => value.example)).toContain('within one working day')
  })
})

describe('withSiteWording', () => {
  it('puts the language’s names, hours and values over the English, in its digits, keeping numbers and addresses', () => {
    const hindi = withSiteWording(
      twoPlaceSite,
      {
        digits: 'devanagari',
        locations: [{ name: 'टाउन क्लिनिक' }, { openingHours: ['मंगलवार: 10 बजे', 'शनिवार: 9 बजे'] }],
        replyTime: '1 कामकाजी दिन में',
        privacy: { readBy: 'हमारी टीम', keptFor: '2 साल' },
      },
      'devanagari',
    )
    expect(hindi.locations.map((l) => l.name)).toEqual(['टाउन क्लिनिक', twoPlaceSite.locations[1]!.name])
    expect(hindi.locations[1]!.openingHours).toEqual(['मंगलवार: १० बजे', 'शनिवार: ९ बजे'])
    expect(hindi.locations[0]!.openingHours).toEqual(twoPlaceSite.locations[0]!.openingHours)
    expect(hindi.locations.map((l) => [l.phone, l.address, l.mapUrl])).toEqual(
      twoPlaceSite.locations.map((l) => [l.phone, l.address, l.mapUrl]),
    )
    expect(hindi.replyTime).toBe('१ कामकाजी दिन में')
    expect(hindi.privacy).toEqual({ ...twoPlaceSite.privacy, readBy: 'हमारी टीम', keptFor: '२ साल' })
  })
})
