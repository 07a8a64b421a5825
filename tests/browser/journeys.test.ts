// The site as `npm start` serves out/ (its headers included): the main journeys work with no console error, no
// failed request and no Content-Security-Policy violation, and every page loads under its policy at both widths
// without loading a script it should not. What holds for every page's HTML and every response is checked
// without a browser, in tests/site/.
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest'
import { localeOfPath, stripLocale } from '@/lib/i18n/locales'
import { staticRoutes } from '@/lib/routes'
import { readSearchManifest } from '@/lib/search/bundle'
import { isToolPath } from '@/lib/security/page-kinds'
import { desktop, launchBrowser, phone, watchForErrors } from '@/tests/support/browser/browser'
import { watchForCspViolations } from '@/tests/support/browser/csp'
import {
  faqCopyLink,
  faqDeepLink,
  faqFilter,
  homeToArticleSection,
  notFound,
  selfCheckToResult,
} from '@/tests/support/browser/journeys'
import { publicRoutes } from '@/tests/support/browser/routes'

const baseUrl = inject('baseUrl')
let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

/** A fresh context that records errors, failed requests and CSP violations. */
async function watched(viewport = desktop) {
  const context: BrowserContext = await browser.newContext(viewport)
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl })
  const violations = await watchForCspViolations(context)
  const failed: string[] = []
  context.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`)
  })
  const page: Page = await context.newPage()
  const errors = watchForErrors(page)
  return { context, page, violations, failed, errors }
}

describe('journeys', () => {
  test.each([
    ['home → article → section (phone)', homeToArticleSection, phone],
    ['home → article → section (desktop)', homeToArticleSection, desktop],
    ['FAQ deep link', faqDeepLink, phone],
    ['FAQ search', faqFilter, desktop],
    ['FAQ copy link', faqCopyLink, desktop],
    ['self-check to a result', selfCheckToResult, phone],
  ] as const)('%s: no error, failed request or CSP violation', async (_, journey, viewport) => {
    const { context, page, violations, failed, errors } = await watched(viewport)
    await journey(page, baseUrl)
    expect(failed).toEqual([])
    expect(errors).toEqual([])
    expect(violations).toEqual([])
    await context.close()
  })

  test('404: the only failure is the page itself', async () => {
    const { context, page, violations, failed, errors } = await watched()
    await notFound(page, baseUrl)
    expect(failed).toEqual([`404 ${baseUrl}/no-such-page`])
    expect(errors.filter((error) => !error.includes('404'))).toEqual([])
    expect(violations).toEqual([])
    await context.close()
  })
})

// Every English page and a sample of the Hindi ones (home, the article with the most parts, the FAQ, the tools,
// the 404): the Hindi pages are the same components, and hindi.test.ts opens every one and fails on any console
// error, a CSP violation included.
const hindiSample = ['/hi', '/hi/aftercare', '/hi/faq', '/hi/self-check', '/hi/aftercare/planner', '/hi/no-such-page']
const paths = [...publicRoutes().filter((path) => localeOfPath(path) === 'en'), '/no-such-page', ...hindiSample]

describe('every page under its policy', () => {
  test.each([
    ['phone', phone],
    ['desktop', desktop],
  ] as const)(
    'no violation; documents load only the enhancement script, tools only the site’s own (%s)',
    async (_, viewport) => {
      const context = await browser.newContext(viewport)
      const violations = await watchForCspViolations(context)
      const page = await context.newPage()
      const wrongScripts: string[] = []
      let current = ''
      page.on('request', (request) => {
        const src = new URL(request.url()).pathname
        // A tool loads its island's modules; the search page (issue 25) its own script.
        const searchScript = stripLocale(current) === staticRoutes.search && src === readSearchManifest().script.src
        const allowed = isToolPath(current)
          ? src.startsWith('/assets/')
          : src.startsWith('/assets/enhance-') || searchScript
        if (request.resourceType() === 'script' && !allowed) wrongScripts.push(`${current}: ${src}`)
      })
      for (const path of paths) {
        current = path
        await page.goto(`${baseUrl}${path}`, { waitUntil: 'networkidle' })
      }
      expect(violations).toEqual([])
      expect(wrongScripts, "a script that is not the site's own (Next's runtime?)").toEqual([])
      await context.close()
    },
  )
})
