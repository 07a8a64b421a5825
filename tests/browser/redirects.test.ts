// Old addresses keep working: an old page address (an article's redirectFrom) with a #section lands
// on the new page and that section, from `next start` (a 308) and from the static export (the moved
// page at out/<old>.html), with and without JavaScript. The site has no old address of its own yet,
// so both builds of `npm run test:browser` include lib/content/redirects.ts's testRedirect
// (TEST_REDIRECT=1); deploy/ and real builds never do.
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest'
import { testRedirect } from '@/lib/content/redirects'
import { startStaticServer, type StaticServer } from '../../scripts/static/lib/static-server'
import { desktop, launchBrowser } from '@/tests/support/browser/browser'

const section = 'after-your-session'
let browser: Browser
let staticServer: StaticServer

beforeAll(async () => {
  browser = await launchBrowser()
  staticServer = await startStaticServer()
})
afterAll(async () => {
  await browser?.close()
  await staticServer?.stop()
})

async function land(baseUrl: string, javaScriptEnabled: boolean) {
  const context = await browser.newContext({ ...desktop, javaScriptEnabled })
  const page = await context.newPage()
  await page.goto(`${baseUrl}${testRedirect.from}#${section}`)
  await page.waitForURL((url) => url.pathname === testRedirect.to)
  const url = new URL(page.url())
  const heading = await page.locator(`#${section}`).count()
  await context.close()
  return { path: url.pathname, hash: url.hash, heading }
}

describe('an old address from next start', () => {
  const baseUrl = inject('baseUrl')

  test('answers 308 to the new page', async () => {
    const response = await fetch(`${baseUrl}${testRedirect.from}`, { redirect: 'manual' })
    expect(response.status).toBe(308)
    expect(response.headers.get('location')).toBe(testRedirect.to)
  })

  test.each([true, false])('lands on the new page and section (JavaScript: %s)', async (javaScriptEnabled) => {
    await expect(land(baseUrl, javaScriptEnabled)).resolves.toEqual({
      path: testRedirect.to,
      hash: `#${section}`,
      heading: 1,
    })
  })
})

describe('an old address from the static export', () => {
  test('is a page that moves on, with a canonical link, a plain link and noindex', async () => {
    const response = await fetch(`${staticServer.baseUrl}${testRedirect.from}`)
    expect(response.status, 'run `npm run test:browser`, whose export includes the test redirect').toBe(200)
    const html = await response.text()
    expect(html).toContain(`<meta http-equiv="refresh" content="0; url=${testRedirect.to}">`)
    expect(html).toMatch(new RegExp(`<link rel="canonical" href="https://[^"]+${testRedirect.to}">`))
    expect(html).toContain(`<a href="${testRedirect.to}">`)
    expect(html).toContain('<meta name="robots" content="noindex">')
  })

  test('lands on the new page and section with JavaScript (/moved.js keeps the fragment)', async () => {
    await expect(land(staticServer.baseUrl, true)).resolves.toEqual({
      path: testRedirect.to,
      hash: `#${section}`,
      heading: 1,
    })
  })

  test('lands on the new page without JavaScript (a meta refresh cannot keep the fragment)', async () => {
    await expect(land(staticServer.baseUrl, false)).resolves.toMatchObject({ path: testRedirect.to, heading: 1 })
  })
})
