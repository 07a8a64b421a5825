import { describe, expect, it } from 'vitest'
import { siteSettingsSchema } from '@/lib/site/schema'
import { testSiteInput } from '@/tests/fixtures/site'

const site = testSiteInput

describe('staffMessage in the clinic settings', () => {
  it('is optional, and each of its parts is too', () => {
    expect(siteSettingsSchema.safeParse(site).success).toBe(true)
    expect(siteSettingsSchema.safeParse({ ...site, staffMessage: {} }).success).toBe(true)
    const parsed = siteSettingsSchema.parse({ ...site, staffMessage: { greeting: ' Hello, \n', signOff: 'Thanks' } })
    expect(parsed.staffMessage).toEqual({ greeting: 'Hello,', signOff: 'Thanks' })
  })

  it('names the field that is wrong: a misspelt part, an empty greeting, an overlong subject', () => {
    const paths = (staffMessage: unknown) => {
      const result = siteSettingsSchema.safeParse({ ...site, staffMessage })
      return result.success ? [] : result.error.issues.map((issue) => [issue.path.join('.'), issue.code])
    }
    expect(paths({ greting: 'Hi' })).toEqual([['staffMessage', 'unrecognized_keys']])
    expect(paths({ greeting: '   ' })).toEqual([['staffMessage.greeting', 'too_small']])
    expect(paths({ emailSubject: 'x'.repeat(101) })).toEqual([['staffMessage.emailSubject', 'too_big']])
  })
})
