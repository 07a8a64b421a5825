import { describe, expect, it } from 'vitest'
import { englishWordsIn } from '@/tests/support/english-words'
import { testSite } from '@/tests/fixtures/site'

describe('englishWordsIn', () => {
  it('finds English words the site left in a Hindi text', () => {
    expect(englishWordsIn('इस पेज पर Share this page', testSite)).toEqual(['Share', 'this', 'page'])
  })

  it('keeps the clinic’s details, SMP and English in brackets', () => {
    const text = `${testSite.name} — SMP के बाद केलॉइड (keloid scars) ${testSite.email} ${testSite.locations[0]!.address.locality} NHS ${testSite.url}/hi/aftercare www.nhs.uk/conditions/hair-loss`
    expect(englishWordsIn(text, testSite)).toEqual([])
  })
})
