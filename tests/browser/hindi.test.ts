// The Hindi edition in real Chromium, one page per template (home, one article per template variant, the FAQ,
// the tools): no console error, axe at both widths, nothing wider than a phone; the switcher keeps the section.
// What holds for every Hindi page's HTML (lang, one h1, no English words the site adds, hreflang, the switcher,
// the 404 page), which is also what a reader without JavaScript gets, is checked in tests/site/.
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest'
import { getContent } from '@/lib/content'
import { localePath } from '@/lib/i18n/locales'
import { staticRoutes } from '@/lib/routes'
import { axeViolations } from '@/tests/support/browser/axe'
import { desktop, launchBrowser, phone, watchForErrors } from '@/tests/support/browser/browser'
import { templateRoutes } from '@/tests/support/browser/routes'

const baseUrl = inject('baseUrl')
const english = getContent('en')
// Its own test files run axe on the staff links pages, the contact page and the privacy notice (contact.test.ts).
const ownFiles = [staticRoutes.links, staticRoutes.contact, staticRoutes.privacy].map((path) => localePath('hi', path))
const routes = templateRoutes('hi').filter((route) => !ownFiles.some((own) => route.startsWith(own)))
let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

describe.each(routes)('%s', (route) => {
  test.each([
    ['phone', phone],
    ['desktop', desktop],
  ] as const)('no console error, no axe violation, nothing wider than the screen (%s)', async (_, viewport) => {
    const context = await browser.newContext(viewport)
    const page = await context.newPage()
    const errors = watchForErrors(page)
    // The tools hydrate after load; the documents have nothing more to fetch.
    const tool = route.endsWith(staticRoutes.selfCheck) || route.endsWith(staticRoutes.planner)
    const response = await page.goto(`${baseUrl}${route}`, { waitUntil: tool ? 'networkidle' : 'load' })
    expect(response?.status()).toBe(200)
    expect(await axeViolations(page)).toEqual([])
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    )
    expect(overflow).toBeLessThanOrEqual(0)
    expect(errors).toEqual([])
    await context.close()
  })
})

describe('the switcher keeps the section', () => {
  test('from /aftercare#a-section to the same section of /hi/aftercare, and back', async () => {
    const aftercare = english.articles.find((article) => article.slug === 'aftercare')!
    const section = aftercare.headings.find((heading) => heading.level === 2)!.id
    const context = await browser.newContext(phone)
    const page = await context.newPage()
    await page.goto(`${baseUrl}/aftercare#${section}`)
    await page.locator('a[data-language-switch]').click()
    await page.waitForURL(`**/hi/aftercare#${section}`)
    expect(await page.locator(`[id="${section}"]`).count()).toBe(1)
    await page.locator('a[data-language-switch]').click()
    await page.waitForURL(`**/aftercare#${section}`)
    expect(new URL(page.url()).pathname).toBe('/aftercare')
    await context.close()
  })
})
