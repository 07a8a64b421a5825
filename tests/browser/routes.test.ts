import { gzipSync } from 'node:zlib'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest'
import { getArticles, getContent } from '@/lib/content'
import { relatedFaqs } from '@/lib/faq/group'
import { listPages } from '@/lib/pages/directory'
import { staticRoutes } from '@/lib/routes'
import { axeViolations } from '@/tests/support/browser/axe'
import { desktop, launchBrowser, phone, watchForErrors } from '@/tests/support/browser/browser'
import { publicRoutes } from '@/tests/support/browser/routes'

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

// axe runs on every route on the phone, except the pages whose own test file runs it at both widths and in more
// states (faq.test.ts: an answer open, the filter; self-check.test.ts: every step; planner.test.ts: a dated plan;
// links.test.ts: items ticked). On the desktop, where only the layout's widths differ, it runs on one route of
// each kind: the articles share one template (each gets axe on the phone and, without JavaScript, in
// patient-safety.test.ts), and axe on every one at a second width added a minute and found nothing new.
const axeInOwnFile: ReadonlySet<string> = new Set([
  staticRoutes.faq,
  staticRoutes.selfCheck,
  staticRoutes.planner,
  staticRoutes.links,
])
const pages = listPages(getContent())
const desktopAxeRoutes: ReadonlySet<string> = new Set(
  pages.filter((page, index) => pages.findIndex((other) => other.kind === page.kind) === index).map((p) => p.path),
)
const runsAxe = (route: string, onPhone: boolean) =>
  !axeInOwnFile.has(route) && (onPhone || desktopAxeRoutes.has(route))

describe.each(publicRoutes())('%s', (route) => {
  test.each([
    ['phone', phone],
    ['desktop', desktop],
  ] as const)(
    'answers 200 with one h1, a title and a description, and no errors or axe violations (%s; axe: see runsAxe)',
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
      await expect(page.locator('h1').count()).resolves.toBe(1)
      expect((await page.title()).trim().length).toBeGreaterThan(5)
      const description = await page.locator('meta[name="description"]').getAttribute('content')
      expect(description?.trim().length ?? 0).toBeGreaterThan(20)
      expect(await page.locator('html').getAttribute('lang')).toBe(getContent().region.locale)
      if (runsAxe(route, onPhone)) expect(await axeViolations(page)).toEqual([])
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
  test.each(getArticles().map((article) => [article.slug, article] as const))(
    '/%s has every section id with a visible anchor link, the outline, review dates and neighbours',
    async (slug, article) => {
      const context = await browser.newContext(desktop)
      const page = await context.newPage()
      await page.goto(`${baseUrl}/${slug}`)
      // The glossary's sections are its terms, each with its own address; other pages have headings.
      const terms = article.extras.includes('glossary') ? getContent().glossary.terms : []
      expect(article.headings.length + terms.length).toBeGreaterThan(2)
      for (const term of terms) {
        await expect(page.locator(`[id="${term.id}"]`).count()).resolves.toBe(1)
        await expect(page.locator(`[id="${term.id}"] a[href="#${term.id}"]`).isVisible()).resolves.toBe(true)
      }
      for (const heading of article.headings) {
        const element = page.locator(`h${heading.level}#${heading.id}`)
        await expect(element.count()).resolves.toBe(1)
        await expect(element.locator(`a[href="#${heading.id}"]`).isVisible()).resolves.toBe(true)
        await expect(
          page.locator('nav[aria-labelledby="on-this-page"]').locator(`a[href="#${heading.id}"]`).count(),
        ).resolves.toBe(1)
      }
      await expect(
        page.getByText(article.reviewedBy ? 'Page last reviewed:' : 'Last checked against its sources:').isVisible(),
      ).resolves.toBe(true)
      await expect(page.getByText('Next review due:').isVisible()).resolves.toBe(true)
      await expect(page.locator('h1').textContent()).resolves.toBe(article.title)
      await expect(page.getByText('It is not medical advice').first().isVisible()).resolves.toBe(true)
      await expect(page.locator('nav[aria-label="Previous and next topics"] a').count()).resolves.toBeGreaterThan(0)
      // It ends with the FAQ answers that name it, each linked by its stable id.
      const related = relatedFaqs(getContent().faqs, slug)
      const listed = await page
        .locator('section[aria-labelledby="questions-people-ask"] li a')
        .evaluateAll((links) => links.map((a) => a.getAttribute('href')))
      expect(listed).toEqual(related.map((faq) => `/faq#${faq.id}`))
      await context.close()
    },
  )

  test('a shared section link lands on that section', async () => {
    const context = await browser.newContext(phone)
    const page = await context.newPage()
    await page.goto(`${baseUrl}/aftercare#after-your-session`)
    const top = await page.locator('#after-your-session').evaluate((element) => element.getBoundingClientRect().top)
    expect(top).toBeGreaterThanOrEqual(0)
    expect(top).toBeLessThan(100)
    await context.close()
  })

  test('article pages load only a small island of their own: the share menu and the section-link copier', async () => {
    const scriptsOf = async (path: string) => {
      const context = await browser.newContext(desktop)
      const page = await context.newPage()
      const scripts = new Map<string, number>()
      page.on('response', async (response) => {
        if (response.request().resourceType() !== 'script') return
        scripts.set(new URL(response.url()).pathname, gzipSync(await response.body(), { level: 9 }).length)
      })
      await page.goto(`${baseUrl}${path}`, { waitUntil: 'networkidle' })
      await context.close()
      return scripts
    }
    // The 404 page has no client components at all: its scripts are Next's runtime and the layout.
    const shared = await scriptsOf('/this-page-does-not-exist')
    for (const article of getArticles()) {
      const own = [...(await scriptsOf(`/${article.slug}`))].filter(([script]) => !shared.has(script))
      const ownBytes = own.reduce((sum, [, bytes]) => sum + bytes, 0)
      expect(ownBytes, `/${article.slug}: ${own.map(([script]) => script).join(', ')}`).toBeLessThanOrEqual(3 * 1024)
    }
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
  test.each(['/no-such-page', '/aftercare/nothing-here', '/faq/extra'])(
    '%s answers 404 with a way back',
    async (path) => {
      const context = await browser.newContext(phone)
      const page = await context.newPage()
      const response = await page.goto(`${baseUrl}${path}`)
      expect(response?.status()).toBe(404)
      await expect(page.locator('h1').textContent()).resolves.toBe('Page not found')
      await expect(page.getByRole('link', { name: 'Go to the home page' }).getAttribute('href')).resolves.toBe('/')
      expect(await axeViolations(page)).toEqual([])
      await context.close()
    },
  )
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
    await expect(footer.getByText(site.address.street).isVisible()).resolves.toBe(true)
    await context.close()
  })
})
