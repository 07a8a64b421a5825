// Site search (issue 25) in Chromium against the static build: typing, `?q=` on arrival, the header's form, the
// keyboard, no JavaScript, both languages, the documents' CSP and axe. Expected places come from the content.
import type { Browser, BrowserContextOptions, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest'
import { getContent } from '@/lib/content'
import { localePath, type Locale } from '@/lib/i18n/locales'
import { searchWords } from '@/lib/i18n/words/search'
import { articlePath, sectionHref, staticRoutes } from '@/lib/routes'
import { searchDocuments } from '@/lib/search/documents'
import { axeViolations } from '@/tests/support/browser/axe'
import { desktop, launchBrowser, phone, watchForErrors } from '@/tests/support/browser/browser'
import { watchForCspViolations } from '@/tests/support/browser/csp'

const baseUrl = inject('baseUrl')
let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

async function open(path: string, options: BrowserContextOptions = desktop) {
  const context = await browser.newContext(options)
  const violations = await watchForCspViolations(context)
  const page = await context.newPage()
  const errors = watchForErrors(page)
  await page.goto(`${baseUrl}${encodeURI(path)}`, { waitUntil: 'networkidle' })
  return { context, page, errors, violations }
}

/** The section whose heading matches, read from the content. */
function sectionWithHeading(locale: Locale, pattern: RegExp): string {
  for (const article of getContent(locale).articles) {
    const heading = article.headings.find((h) => pattern.test(h.text))
    if (heading) return sectionHref(localePath(locale, articlePath(article.slug)), heading.id)
  }
  throw new Error(`No heading matches ${pattern}`)
}

const searchPath = (locale: Locale) => localePath(locale, staticRoutes.search)
const pageBox = (page: Page, locale: Locale) => page.getByRole('searchbox', { name: searchWords[locale].form.label })
const headerBox = (page: Page, locale: Locale) =>
  page.getByRole('searchbox', { name: searchWords[locale].header.label })
const results = (page: Page) => page.locator('[data-search-results] > li')
const resultHrefs = (page: Page) =>
  page.locator('[data-search-results] > li > a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))

describe('search (English)', () => {
  test('shows results as one types, best first, with matches marked, and keeps ?q= in the address', async () => {
    const { context, page, errors, violations } = await open(searchPath('en'))
    await pageBox(page, 'en').pressSequentially('swimming')
    await page.waitForFunction(() => document.querySelector('[data-search-results] > li'))
    await expect(resultHrefs(page).then((hrefs) => hrefs[0])).resolves.toBe(sectionWithHeading('en', /swimming/i))
    await expect(results(page).first().locator('mark').first().textContent()).resolves.toMatch(/swimming/i)
    await expect.poll(() => page.locator('[data-search-status]').textContent()).toMatch(/^\d+ results?$/)
    expect(new URL(page.url()).searchParams.get('q')).toBe('swimming')
    expect(errors).toEqual([])
    expect(violations).toEqual([])
    await context.close()
  })

  test('?q= on arrival fills the box and shows its results; a typo still finds the page', async () => {
    const context = await browser.newContext(desktop)
    const page = await context.newPage()
    const indexRequests: string[] = []
    page.on('request', (request) => {
      if (/\/assets\/search-en-\w+\.json$/.test(request.url())) indexRequests.push(request.url())
    })
    await page.goto(`${baseUrl}${searchPath('en')}?q=tatoo`, { waitUntil: 'networkidle' })
    await expect(pageBox(page, 'en').inputValue()).resolves.toBe('tatoo')
    await page.waitForFunction(() => document.querySelector('[data-search-results] > li'))
    await expect(resultHrefs(page).then((hrefs) => hrefs.slice(0, 2))).resolves.toContain(
      sectionWithHeading('en', /tattoo/i),
    )
    // The page preloads its index and the script reuses that download.
    expect(indexRequests).toHaveLength(1)
    await context.close()
  })

  test('other pages load neither the search script nor an index', async () => {
    const context = await browser.newContext(desktop)
    const page = await context.newPage()
    const searchFiles: string[] = []
    page.on('request', (request) => {
      if (request.url().includes('/assets/search-')) searchFiles.push(request.url())
    })
    for (const path of ['/', '/aftercare', '/hi/faq'])
      await page.goto(`${baseUrl}${path}`, { waitUntil: 'networkidle' })
    expect(searchFiles).toEqual([])
    await context.close()
  })

  test('an unknown word says so, and the A to Z list is a link away', async () => {
    const { context, page } = await open(`${searchPath('en')}?q=xylophone`)
    const empty = page.locator('[data-search-empty]')
    await expect.poll(() => empty.isVisible()).toBe(true)
    await expect(empty.textContent()).resolves.toContain('xylophone')
    await expect(results(page).count()).resolves.toBe(0)
    await empty.getByRole('link', { name: searchWords.en.aToZ.link }).click()
    await expect.poll(() => page.url()).toMatch(/#a-z$/)
    await context.close()
  })

  test('keyboard: the header form and Enter land on the results; arrows move through them; Enter follows one', async () => {
    const { context, page, violations } = await open('/aftercare', phone)
    await headerBox(page, 'en').focus()
    await page.keyboard.type('swim')
    await page.keyboard.press('Enter')
    await page.waitForURL(/\/search\?q=swim$/)
    await page.waitForFunction(() => document.querySelectorAll('[data-search-results] > li').length > 1)
    const hrefs = await resultHrefs(page)
    const focused = () =>
      page.evaluate(() => document.activeElement?.getAttribute('href') ?? document.activeElement?.id)
    await pageBox(page, 'en').focus()
    await page.keyboard.press('ArrowDown')
    await expect(focused()).resolves.toBe(hrefs[0])
    await page.keyboard.press('ArrowDown')
    await expect(focused()).resolves.toBe(hrefs[1])
    await page.keyboard.press('ArrowUp')
    await page.keyboard.press('ArrowUp')
    await expect(focused()).resolves.toBe('search-q')
    // Tab from the box reaches the search button, then the first result.
    await page.keyboard.press('Tab')
    await page.keyboard.press('Tab')
    await expect(focused()).resolves.toBe(hrefs[0])
    await page.keyboard.press('Enter')
    await page.waitForURL((url) => `${url.pathname}${url.hash}` === hrefs[0])
    expect(violations).toEqual([])
    await context.close()
  })

  test('without JavaScript, the page says so and lists every page, section and question A to Z', async () => {
    const { context, page } = await open(`${searchPath('en')}?q=swimming`, { ...phone, javaScriptEnabled: false })
    await expect(page.getByText(searchWords.en.noScript).isVisible()).resolves.toBe(true)
    await expect(pageBox(page, 'en').isVisible()).resolves.toBe(false)
    const listed = await page
      .locator('section[aria-labelledby="a-z"] ul:not(nav ul) a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')))
    expect(listed.sort()).toEqual(
      searchDocuments(getContent('en'))
        .map((d) => d.href)
        .sort(),
    )
    // The header's form still works: a plain GET to this page.
    await expect(headerBox(page, 'en').isVisible()).resolves.toBe(true)
    await expect(page.locator('header form[role="search"]').getAttribute('action')).resolves.toBe(searchPath('en'))
    await context.close()
  })
})

describe('search (Hindi)', () => {
  test('/hi/search?q=दर्द shows Hindi results only, the section on pain first', async () => {
    const { context, page, errors, violations } = await open(`${searchPath('hi')}?q=दर्द`, phone)
    await page.waitForFunction(() => document.querySelector('[data-search-results] > li'))
    const hrefs = await resultHrefs(page)
    expect(hrefs.every((href) => href!.startsWith('/hi/'))).toBe(true)
    await expect(results(page).first().locator('a').textContent()).resolves.toMatch(/दर्द/)
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('hi')
    await expect(page.locator('header form[role="search"]').getAttribute('action')).resolves.toBe(searchPath('hi'))
    expect(errors).toEqual([])
    expect(violations).toEqual([])
    await context.close()
  })

  test('typing बालों marks बाल and its other forms', async () => {
    const { context, page } = await open(searchPath('hi'))
    await pageBox(page, 'hi').pressSequentially('बालों')
    await page.waitForFunction(() => document.querySelector('[data-search-results] mark'))
    const marked = await page.locator('[data-search-results] mark').allTextContents()
    expect(new Set(marked)).toContain('बाल')
    await context.close()
  })
})

describe('axe', () => {
  test.each([
    ['en', '390', phone],
    ['en', '1280', desktop],
    ['hi', '390', phone],
    ['hi', '1280', desktop],
  ] as const)('%s search page with results at %s px', async (locale, _, viewport) => {
    const query = locale === 'en' ? 'swimming' : 'दर्द'
    const { context, page } = await open(`${searchPath(locale)}?q=${query}`, viewport)
    await page.waitForFunction(() => document.querySelector('[data-search-results] > li'))
    await expect.poll(() => page.locator('[data-search-status]').textContent()).not.toBe('')
    expect(await axeViolations(page)).toEqual([])
    await context.close()
  })
})
