// The diagrams in the articles, in real Chromium: each loads, is described, fits a 360 px phone
// without sideways scrolling, keeps its caption, and prints.
import type { Browser, BrowserContextOptions, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest'
import { getArticles } from '@/lib/content'
import { articlePath } from '@/lib/routes'
import { axeViolations } from '@/tests/support/browser/axe'
import { desktop, launchBrowser, phone, watchForErrors } from '@/tests/support/browser/browser'

const baseUrl = inject('baseUrl')
const narrowPhone: BrowserContextOptions = { ...phone, viewport: { width: 360, height: 740 } }

type Figure = { src: string; alt: string; caption: string }
// rehype-stringify writes "&" and "<" (and quotes in attributes) as numeric references.
const decode = (text: string) =>
  text.replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
/** What each article's HTML says its figures are, in page order. */
const figuresOf = (html: string): Figure[] =>
  [
    ...html.matchAll(/<figure><img src="([^"]+)" alt="([^"]*)"[^>]*><figcaption>([\s\S]*?)<\/figcaption><\/figure>/g),
  ].map(([, src, alt, caption]) => ({
    src: src!,
    alt: decode(alt!),
    caption: decode(caption!),
  }))
const pages = getArticles()
  .map((article) => ({ path: articlePath(article.slug), figures: figuresOf(article.html) }))
  .filter((page) => page.figures.length > 0)

let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

/** Opens a page and brings every figure into view once, so that lazy images load. */
async function openWithFigures(path: string, options: BrowserContextOptions) {
  const context = await browser.newContext(options)
  const page = await context.newPage()
  const errors = watchForErrors(page)
  const diagramResponses: { url: string; status: number; type: string }[] = []
  page.on('response', (response) => {
    if (response.url().includes('/diagrams/'))
      diagramResponses.push({
        url: response.url(),
        status: response.status(),
        type: response.headers()['content-type'] ?? '',
      })
  })
  await page.goto(`${baseUrl}${path}`, { waitUntil: 'load' })
  const images = page.locator('article figure img')
  for (let i = 0; i < (await images.count()); i++) {
    await images.nth(i).scrollIntoViewIfNeeded()
    // A broken image fails to decode: the "loaded" checks below say which one.
    await images.nth(i).evaluate((img: HTMLImageElement) => img.decode().catch(() => undefined))
  }
  return { context, page, errors, diagramResponses }
}

const figureFacts = (page: Page) =>
  page.locator('article figure').evaluateAll((figures) =>
    figures.map((figure) => {
      const img = figure.querySelector('img') as HTMLImageElement
      const box = img.getBoundingClientRect()
      return {
        src: img.getAttribute('src'),
        alt: img.alt,
        caption: figure.querySelector('figcaption')?.textContent ?? '',
        loaded: img.complete && img.naturalWidth > 0,
        left: box.left,
        right: box.right,
        width: box.width,
        visible: img.checkVisibility() && box.height > 0,
      }
    }),
  )

test('the articles that explain these ideas show their diagrams', () => {
  expect(Object.fromEntries(pages.map((page) => [page.path, page.figures.map((figure) => figure.src)]))).toMatchObject({
    '/what-is-smp': expect.arrayContaining(['/diagrams/skin-layers.svg', '/diagrams/smp-looks.svg']),
    '/candidacy': expect.arrayContaining(['/diagrams/hair-loss-patterns.svg', '/diagrams/smp-looks.svg']),
    '/procedure': expect.arrayContaining(['/diagrams/treatment-timeline.svg']),
    '/results-and-longevity': expect.arrayContaining(['/diagrams/treatment-timeline.svg']),
    '/aftercare': expect.arrayContaining(['/diagrams/aftercare-first-two-weeks.svg']),
  })
})

describe.each(pages)('$path', ({ path, figures }) => {
  test('on a 360 px phone every diagram loads, is described, has its caption and fits the screen; no axe violations', async () => {
    const { context, page, errors, diagramResponses } = await openWithFigures(path, narrowPhone)
    const facts = await figureFacts(page)
    expect(facts.map(({ src, alt, caption }) => ({ src, alt, caption }))).toEqual(figures)
    for (const figure of facts) {
      expect(figure.loaded, `${figure.src} did not load`).toBe(true)
      expect(figure.alt.trim().length, `${figure.src} has no alt text`).toBeGreaterThan(0)
      expect(figure.visible).toBe(true)
      expect(figure.left).toBeGreaterThanOrEqual(0)
      expect(figure.right).toBeLessThanOrEqual(360)
      // As wide as the text column (360 px less the page's padding), so its labels stay readable.
      expect(figure.width).toBeGreaterThan(300)
    }
    expect(diagramResponses.length).toBeGreaterThan(0)
    for (const response of diagramResponses) {
      expect(response.status, response.url).toBeLessThan(400)
      expect(response.type, response.url).toContain('image/svg+xml')
    }
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    )
    expect(overflow).toBeLessThanOrEqual(0)
    expect(await axeViolations(page)).toEqual([])
    expect(errors).toEqual([])
    await context.close()
  })

  test('on a desktop the diagrams stay at a readable size, centred in the text column', async () => {
    const { context, page } = await openWithFigures(path, desktop)
    const sizes = await page.locator('article figure').evaluateAll((all) =>
      all.map((figure) => {
        const img = figure.querySelector('img')!.getBoundingClientRect()
        const column = figure.parentElement!.getBoundingClientRect()
        return { width: img.width, leftGap: img.left - column.left, rightGap: column.right - img.right }
      }),
    )
    for (const size of sizes) {
      expect(size.width).toBeGreaterThanOrEqual(400)
      expect(size.width).toBeLessThanOrEqual(480)
      expect(Math.abs(size.leftGap - size.rightGap)).toBeLessThan(2)
    }
    await context.close()
  })

  test('in print, every diagram shows with its caption and is not split across pages', async () => {
    const { context, page } = await openWithFigures(path, desktop)
    await page.emulateMedia({ media: 'print' })
    const facts = await figureFacts(page)
    expect(facts).toHaveLength(figures.length)
    for (const figure of facts) {
      expect(figure.visible, `${figure.src} is hidden in print`).toBe(true)
      expect(figure.loaded).toBe(true)
      expect(figure.caption.trim().length).toBeGreaterThan(0)
    }
    const breaks = await page
      .locator('article figure')
      .evaluateAll((all) => all.map((figure) => getComputedStyle(figure).breakInside))
    expect(breaks.every((value) => value === 'avoid')).toBe(true)
    await context.close()
  })
})
