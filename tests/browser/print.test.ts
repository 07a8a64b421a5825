// Printed pages (Chromium's print media emulation and its PDF): no navigation or controls, every FAQ
// answer, and at the end the page's address, its QR code, the clinic's contact and the review date.
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest'
import { getArticles, getContent } from '@/lib/content'
import { formatCalendarDate } from '@/lib/dates'
import { articlePath, staticRoutes } from '@/lib/routes'
import { absoluteUrl } from '@/lib/site/contact'
import { decodeQrSvg } from '@/tests/support/qr-decode'
import { desktop, launchBrowser } from '@/tests/support/browser/browser'

const baseUrl = inject('baseUrl')
const { site, faqs } = getContent()
const [article] = getArticles()
let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

async function openForPrint(path: string) {
  const context = await browser.newContext(desktop)
  const page = await context.newPage()
  await page.goto(`${baseUrl}${path}`, { waitUntil: 'networkidle' })
  await page.emulateMedia({ media: 'print' })
  return { context, page }
}

/** What a printout hides: the site's header with its navigation, the site's footer, every button. */
async function expectNoNavigationOrControls(page: Page) {
  await expect(page.getByRole('navigation', { name: 'Main' }).isVisible()).resolves.toBe(false)
  // The site's header and footer: outside <main>, present in the page, and hidden on paper.
  const siteBands = page.locator('header:not(main *), footer:not(main *)')
  await expect(siteBands.count()).resolves.toBe(2)
  await expect(
    siteBands.evaluateAll((all) => all.filter((band) => (band as HTMLElement).checkVisibility()).length),
  ).resolves.toBe(0)
  await expect(
    page
      .getByRole('navigation')
      .evaluateAll((all) => all.filter((nav) => (nav as HTMLElement).checkVisibility()).length),
  ).resolves.toBe(0)
  await expect(
    page
      .locator('button, input, [role="search"]')
      .evaluateAll((all) => all.filter((el) => (el as HTMLElement).checkVisibility()).length),
  ).resolves.toBe(0)
}

/** The print footer: this page's address and a QR code that decodes to it, and the clinic's contact. */
async function expectPrintFooter(page: Page, url: string) {
  const footer = page.locator('[data-print-footer]')
  await expect(footer.isVisible()).resolves.toBe(true)
  const text = await footer.innerText()
  expect(text).toContain(`This page: ${url}`)
  for (const detail of [site.name, site.phone, site.email, ...site.locations.map((place) => place.address.postalCode)])
    expect(text).toContain(detail)
  const qr = footer.getByRole('img', { name: `QR code for ${url}`, exact: true })
  await expect(qr.isVisible()).resolves.toBe(true)
  expect(decodeQrSvg(await qr.locator('svg').evaluate((svg) => svg.outerHTML)).text).toBe(url)
  // About 3 cm across on paper: easy to scan.
  expect((await qr.boundingBox())!.width).toBeGreaterThanOrEqual(110)
  // It is the last thing on the page.
  const last = await page.locator('main').evaluate((main) => {
    const shown = [...main.querySelectorAll('*')].filter(
      (el) => (el as HTMLElement).checkVisibility() && el.getBoundingClientRect().height > 0,
    )
    return shown.at(-1)?.closest('[data-print-footer]') !== null
  })
  expect(last).toBe(true)
}

const pdfPages = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0

describe('print', () => {
  test(`an article (/${article!.slug}) prints without navigation or buttons, and ends with its address, QR code, contact and review date`, async () => {
    const { context, page } = await openForPrint(articlePath(article!.slug))
    await expectNoNavigationOrControls(page)
    const url = absoluteUrl(site, articlePath(article!.slug))
    await expectPrintFooter(page, url)
    await expect(page.locator('[data-print-footer]').innerText()).resolves.toContain(
      `${article!.reviewedBy ? 'Last reviewed' : 'Last checked against its sources'} ${formatCalendarDate(article!.lastReviewed)}`,
    )
    // The text itself is there, black and at a readable size.
    const body = page.locator('.prose').first()
    await expect(body.isVisible()).resolves.toBe(true)
    const { color, size } = await body
      .locator('p')
      .first()
      .evaluate((p) => ({ color: getComputedStyle(p).color, size: parseFloat(getComputedStyle(p).fontSize) }))
    expect(color).toBe('rgb(0, 0, 0)')
    expect(size).toBeGreaterThanOrEqual(14) // 11pt is about 14.7 CSS px
    await context.close()
  })

  test('the address block and QR code are for print only: the screen does not show them', async () => {
    const context = await browser.newContext(desktop)
    const page = await context.newPage()
    await page.goto(`${baseUrl}${articlePath(article!.slug)}`, { waitUntil: 'networkidle' })
    await expect(page.locator('[data-print-footer]').count()).resolves.toBe(1)
    await expect(page.locator('[data-print-footer]').isVisible()).resolves.toBe(false)
    await expect(page.getByRole('navigation', { name: 'Main' }).isVisible()).resolves.toBe(true)
    await context.close()
  })

  test('the FAQ prints every answer, open or not, without the filter or buttons, and ends with its address and QR code', async () => {
    const { context, page } = await openForPrint(staticRoutes.faq)
    await expectNoNavigationOrControls(page)
    await expect(page.locator('details[open]').count()).resolves.toBe(0)
    for (const faq of faqs) {
      const start = faq.text.slice(0, 50)
      await expect(page.locator(`details#${faq.id}`).getByText(start).first().isVisible(), faq.id).resolves.toBe(true)
    }
    await expectPrintFooter(page, absoluteUrl(site, staticRoutes.faq))
    await context.close()
  })

  test('Chromium’s PDF of an article is a few A4 pages, not a screen-sized sprawl', async () => {
    const context = await browser.newContext(desktop)
    const page = await context.newPage()
    await page.goto(`${baseUrl}${articlePath(article!.slug)}`, { waitUntil: 'networkidle' })
    const pdf = await page.pdf({ format: 'A4' })
    const words = (await page.locator('.prose').first().innerText()).split(/\s+/).length
    // About 450 words fit on an A4 page at this size, with headings and lists; allow half that.
    expect(pdfPages(pdf)).toBeGreaterThanOrEqual(1)
    expect(pdfPages(pdf)).toBeLessThanOrEqual(Math.ceil(words / 225) + 1)
    await context.close()
  })
})
