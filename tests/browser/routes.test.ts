import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest'
import { getArticles } from '@/lib/content'
import { staticRoutes } from '@/lib/routes'
import { axeViolations } from '@/tests/support/browser/axe'
import { desktop, launchBrowser, phone, watchForErrors } from '@/tests/support/browser/browser'
import { templateRoutes } from '@/tests/support/browser/routes'

const baseUrl = inject('baseUrl')
let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

// Record every layout shift from the first paint on, as Lighthouse's CLS does.
const recordLayoutShifts = () => {
  const shifts: number[] = []
  Object.assign(window, { __shifts: shifts })
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
      if (!entry.hadRecentInput) shifts.push(entry.value)
    }
  }).observe({ type: 'layout-shift', buffered: true })
}

// One page per template (tests/support/browser/routes.ts), at both widths: every page's HTML (one h1, title,
// description, lang, section ids and anchors) is checked without a browser in tests/site/. axe runs on each
// except the pages whose own test file runs it at both widths and in more states (faq.test.ts: an answer open,
// the filter; self-check.test.ts: every step; planner.test.ts: a dated plan; links.test.ts: items ticked;
// contact.test.ts: the contact page and the privacy notice in both languages).
const axeInOwnFile: ReadonlySet<string> = new Set([
  staticRoutes.faq,
  staticRoutes.selfCheck,
  staticRoutes.planner,
  staticRoutes.links,
  staticRoutes.contact,
  staticRoutes.privacy,
])

describe.each(templateRoutes())('%s', (route) => {
  test.each([
    ['phone', phone],
    ['desktop', desktop],
  ] as const)(
    'answers 200 with no console error, no axe violation (see axeInOwnFile), nothing wider than the screen (%s)',
    async (viewport, options) => {
      const context = await browser.newContext(options)
      // On the phone, the same load also proves the page does not move while it loads and starts its
      // JavaScript, on a slow phone's CPU (as Lighthouse assumes), so JavaScript starts after the first paint.
      const onPhone = viewport === 'phone'
      if (onPhone) await context.addInitScript(recordLayoutShifts)
      const page = await context.newPage()
      const cdp = onPhone ? await context.newCDPSession(page) : undefined
      await cdp?.send('Emulation.setCPUThrottlingRate', { rate: 4 })
      const errors = watchForErrors(page)
      const response = await page.goto(`${baseUrl}${route}`, { waitUntil: 'networkidle' })
      if (onPhone) {
        await page.waitForTimeout(300)
        const shifts = await page.evaluate(() => (window as unknown as { __shifts: number[] }).__shifts)
        expect(
          shifts.reduce((sum, value) => sum + value, 0),
          'layout shift',
        ).toBeLessThan(0.01)
        await cdp!.send('Emulation.setCPUThrottlingRate', { rate: 1 })
      }
      expect(response?.status()).toBe(200)
      if (!axeInOwnFile.has(route)) expect(await axeViolations(page)).toEqual([])
      // Nothing wider than the screen: no sideways scrolling on a phone.
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      )
      expect(overflow).toBeLessThanOrEqual(0)
      expect(errors).toEqual([])
      await context.close()
    },
  )
})

describe('article pages', () => {
  test('a shared section link lands on that section', async () => {
    const context = await browser.newContext(phone)
    const page = await context.newPage()
    await page.goto(`${baseUrl}/aftercare#after-your-session`)
    const top = await page.locator('#after-your-session').evaluate((element) => element.getBoundingClientRect().top)
    expect(top).toBeGreaterThanOrEqual(0)
    expect(top).toBeLessThan(100)
    await context.close()
  })

  test('each section’s "#" link shows beside its heading', async () => {
    const article = getArticles().find((candidate) => candidate.headings.length > 2)!
    const context = await browser.newContext(desktop)
    const page = await context.newPage()
    await page.goto(`${baseUrl}/${article.slug}`)
    for (const heading of article.headings) {
      await expect(page.locator(`h${heading.level}#${heading.id} a[href="#${heading.id}"]`).isVisible()).resolves.toBe(
        true,
      )
    }
    await expect(
      page.getByText(article.reviewedBy ? 'Page last reviewed:' : 'Last checked against its sources:').isVisible(),
    ).resolves.toBe(true)
    await context.close()
  })

  test('an article reads in full without JavaScript', async () => {
    const article = getArticles()[0]!
    const context = await browser.newContext({ ...phone, javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(`${baseUrl}/${article.slug}`)
    await expect(page.locator('h1').textContent()).resolves.toBe(article.title)
    for (const heading of article.headings) {
      await expect(page.locator(`h${heading.level}#${heading.id}`).isVisible()).resolves.toBe(true)
    }
    // The share menu is a native <details>: it opens without JavaScript and its links carry the URL.
    const summary = page.locator('summary', { hasText: 'Share this page' })
    await summary.click()
    await expect(
      summary
        .locator('xpath=..')
        .getByRole('link', { name: /WhatsApp/ })
        .isVisible(),
    ).resolves.toBe(true)
    await context.close()
  })
})

describe('not found', () => {
  // Other unknown addresses get the same file: tests/site/server.test.ts.
  test.each(['/no-such-page'])('%s answers 404 with a way back', async (path) => {
    const context = await browser.newContext(phone)
    const page = await context.newPage()
    const response = await page.goto(`${baseUrl}${path}`)
    expect(response?.status()).toBe(404)
    await expect(page.locator('h1').textContent()).resolves.toBe('Page not found')
    await expect(page.getByRole('link', { name: 'Go to the home page' }).getAttribute('href')).resolves.toBe('/')
    expect(await axeViolations(page)).toEqual([])
    await context.close()
  })
})

describe('layout', () => {
  test('the skip link is the first thing a keyboard reaches and moves focus to the main content', async () => {
    const context = await browser.newContext(desktop)
    const page = await context.newPage()
    await page.goto(`${baseUrl}/procedure`)
    await page.keyboard.press('Tab')
    const focused = page.locator(':focus')
    await expect(focused.textContent()).resolves.toBe('Skip to main content')
    await expect(focused.isVisible()).resolves.toBe(true)
    await page.keyboard.press('Enter')
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('main-content')
    await context.close()
  })

  test('the navigation works on a 360 px phone without JavaScript', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(`${baseUrl}/benefits`)
    const nav = page.getByRole('navigation', { name: 'Main' })
    for (const name of ['Topics', 'FAQ', 'Self-check', 'Contact']) {
      const link = nav.getByRole('link', { name })
      await expect(link.isVisible()).resolves.toBe(true)
      const box = await link.boundingBox()
      expect(box && box.x >= 0 && box.x + box.width <= 360).toBe(true)
    }
    await nav.getByRole('link', { name: 'FAQ' }).click()
    await page.waitForURL(`${baseUrl}/faq`)
    await expect(page.locator('h1').textContent()).resolves.toContain('questions')
    await context.close()
  })

  test('the footer shows the clinic contact details from the settings', async () => {
    const { getSite } = await import('@/lib/content')
    const site = getSite()
    const context = await browser.newContext(phone)
    const page = await context.newPage()
    await page.goto(baseUrl)
    const footer = page.locator('footer')
    await expect(footer.getByRole('link', { name: site.phone }).getAttribute('href')).resolves.toMatch(/^tel:\+?\d+$/)
    await expect(footer.getByRole('link', { name: site.email }).getAttribute('href')).resolves.toBe(
      `mailto:${site.email}`,
    )
    for (const place of site.locations)
      await expect(footer.getByText(place.address.street).isVisible()).resolves.toBe(true)
    await context.close()
  })
})
