// The Hindi edition in real Chromium: every Hindi page answers in Hindi (lang, one h1, no English words the
// site adds), links to itself in English and back (hreflang and the switcher), passes axe, and still reads
// without JavaScript; an unknown /hi/ address gets the Hindi 404 page.
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest'
import { getContent } from '@/lib/content'
import { localePath, stripLocale } from '@/lib/i18n/locales'
import { listPages } from '@/lib/pages/directory'
import { articlePath, staticRoutes } from '@/lib/routes'
import { absoluteUrl } from '@/lib/site/contact'
import { axeViolations } from '@/tests/support/browser/axe'
import { launchBrowser, phone, watchForErrors } from '@/tests/support/browser/browser'
import { englishWordsIn } from '@/tests/support/english-words'

const baseUrl = inject('baseUrl')
const hindi = getContent('hi')
const english = getContent('en')
// Names of services in the country's wording (e.g. NHS 111): names, not English to translate.
const serviceNames = [english.region.urgentAdvice?.name].filter((name): name is string => Boolean(name))
const hindiRoutes = listPages(hindi).map((page) => page.path)
// axe on every Hindi page that is not an article, and on one article per template variant (the extras a page
// can add): the articles share one template, axe checks each English article's own text, and on all fifteen
// it added a minute to a suite that must stay under 25.
const articleVariants = hindi.articles.filter(
  (article, index, all) => all.findIndex((other) => other.extras.join() === article.extras.join()) === index,
)
const axeRoutes: ReadonlySet<string> = new Set([
  ...listPages(hindi)
    .filter((page) => page.kind !== 'article')
    .map((page) => page.path),
  ...articleVariants.map((article) => localePath('hi', articlePath(article.slug))),
])
const englishRoutes = listPages(english).map((page) => page.path)
let browser: Browser
// One context without JavaScript for every page: opening a context per page would double this file's time.
let noScript: BrowserContext

beforeAll(async () => {
  browser = await launchBrowser()
  noScript = await browser.newContext({ ...phone, javaScriptEnabled: false })
})
afterAll(async () => {
  await browser?.close()
})

/** The page's text outside elements marked as another language (lang="en": a source's title, the English page link). */
const hindiText = (page: Page) =>
  page.evaluate(() => {
    const copy = document.body.cloneNode(true) as HTMLElement
    for (const other of copy.querySelectorAll('[lang]:not([lang|="hi"]), script, style, template')) other.remove()
    // A space after every element, as a reader sees them: else a block's last word runs into the next block's first.
    for (const element of copy.querySelectorAll('*')) element.append(' ')
    return copy.textContent ?? ''
  })

/** The hreflang alternates in the page's <head>, as language → absolute address. */
const alternates = (page: Page) =>
  page.$$eval('link[rel="alternate"][hreflang]', (links) =>
    Object.fromEntries(links.map((link) => [link.getAttribute('hreflang'), link.getAttribute('href')])),
  )

const expectedAlternates = (path: string) => ({
  en: absoluteUrl(english.site, localePath('en', path)),
  hi: absoluteUrl(english.site, localePath('hi', path)),
  'x-default': absoluteUrl(english.site, localePath('en', path)),
})

describe.each(hindiRoutes)('%s', (route) => {
  test('answers in Hindi: status, lang, one h1, hreflang, switcher, no English UI words, axe (see axeRoutes), no overflow', async () => {
    const context = await browser.newContext(phone)
    const page = await context.newPage()
    const errors = watchForErrors(page)
    // The tools hydrate after load; the documents have nothing more to fetch.
    const tool = route.endsWith(staticRoutes.selfCheck) || route.endsWith(staticRoutes.planner)
    const response = await page.goto(`${baseUrl}${route}`, { waitUntil: tool ? 'networkidle' : 'load' })
    expect(response?.status()).toBe(200)
    expect(await page.locator('html').getAttribute('lang')).toBe('hi')
    await expect(page.locator('h1').count()).resolves.toBe(1)
    expect(await page.locator('h1').innerText()).toMatch(/[\u0900-\u097F]/)
    expect(await alternates(page)).toEqual(expectedAlternates(stripLocale(route)))
    const toEnglish = page.locator('a[data-language-switch]')
    expect(await toEnglish.getAttribute('href')).toBe(localePath('en', route))
    expect(await toEnglish.getAttribute('hreflang')).toBe('en')
    expect(await toEnglish.getAttribute('lang')).toBe('en')
    expect(englishWordsIn(await hindiText(page), english.site, serviceNames)).toEqual([])
    // A Hindi link preview: Hindi locale, and its own image (drawn with the Devanagari font) answers as a PNG.
    expect(await page.locator('meta[property="og:locale"]').getAttribute('content')).toBe('hi_IN')
    const image = new URL((await page.locator('meta[property="og:image"]').getAttribute('content'))!)
    expect(image.pathname.startsWith('/hi')).toBe(true)
    const preview = await fetch(`${baseUrl}${image.pathname}`)
    expect([preview.status, preview.headers.get('content-type')]).toEqual([200, 'image/png'])
    if (axeRoutes.has(route)) expect(await axeViolations(page)).toEqual([])
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    )
    expect(overflow).toBeLessThanOrEqual(0)
    expect(errors).toEqual([])
    await context.close()
  })

  test('reads in Hindi without JavaScript', async () => {
    const page = await noScript.newPage()
    const response = await page.goto(`${baseUrl}${route}`)
    expect(response?.status()).toBe(200)
    expect(await page.locator('html').getAttribute('lang')).toBe('hi')
    expect(await page.locator('h1').innerText()).toMatch(/[\u0900-\u097F]/)
    expect(englishWordsIn(await hindiText(page), english.site, serviceNames)).toEqual([])
    await page.close()
  })
})

describe('English pages point at their Hindi twins', () => {
  test.each(englishRoutes)('%s: hreflang alternates and the switcher', async (route) => {
    const html = await (await fetch(`${baseUrl}${route}`)).text()
    const links = [...html.matchAll(/<link[^>]*rel="alternate"[^>]*>/g)].map((match) => match[0])
    const found = Object.fromEntries(
      links.map((link) => [
        /hrefLang="([^"]+)"|hreflang="([^"]+)"/i.exec(link)?.slice(1).find(Boolean),
        /href="([^"]+)"/.exec(link)?.[1],
      ]),
    )
    expect(found).toEqual(expectedAlternates(route))
    expect(html).toMatch(new RegExp(`<a[^>]*href="${localePath('hi', route)}"[^>]*data-language-switch`))
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

describe('an unknown Hindi address', () => {
  test('gets the Hindi 404 page, with a 404 status and links to Hindi pages', async () => {
    const context = await browser.newContext(phone)
    const page = await context.newPage()
    const response = await page.goto(`${baseUrl}/hi/no-such-page`)
    expect(response?.status()).toBe(404)
    expect(await page.locator('html').getAttribute('lang')).toBe('hi')
    expect(await page.locator('h1').innerText()).toMatch(/[\u0900-\u097F]/)
    expect(await page.locator('meta[name="robots"]').getAttribute('content')).toContain('noindex')
    const hrefs = await page.$$eval('main a[href^="/"]', (links) => links.map((link) => link.getAttribute('href')))
    expect(hrefs.length).toBeGreaterThan(3)
    expect(hrefs.filter((href) => !href!.startsWith('/hi'))).toEqual([])
    expect(englishWordsIn(await hindiText(page), english.site, serviceNames)).toEqual([])
    await context.close()
  })
})
