import { describe, expect, it } from 'vitest'
import { helpWords } from '@/lib/i18n/words/help'
import { locationMessage } from '@/lib/links/location'
import { formatAddress } from '@/lib/site/contact'
import { twoPlaceSite } from '@/tests/fixtures/site'

describe('locationMessage (the staff links page)', () => {
  it('gives a place’s name, address, phone, hours and map link, one a line, with labels in the language', () => {
    const [town, city] = twoPlaceSite.locations
    const labels = helpWords.hi.contact
    expect(locationMessage(city!, labels).split('\n')).toEqual([
      city!.name,
      formatAddress(city!),
      `${labels.phone}: ${city!.phone}`,
      `${labels.openingHours}: ${city!.openingHours.join('; ')}`,
      city!.mapUrl,
    ])
    // No map link: no line for it.
    expect(locationMessage(town!, helpWords.en.contact).split('\n')).toHaveLength(4)
  })
})
