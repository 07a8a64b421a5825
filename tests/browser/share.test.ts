// Sharing: the Share control on articles, FAQ answers and the self-check start page carries the exact
// public URL; heading anchors copy their section's full URL and say so.
import type { Browser, BrowserContext } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest'
import { getContent } from '@/lib/content'
import { fixedPages } from '@/lib/pages/directory'
import { absoluteUrl } from '@/lib/site/contact'
import { axeViolations } from '@/tests/support/browser/axe'
import { desktop, launchBrowser, phone, watchForErrors } from '@/tests/support/browser/browser'

const baseUrl = inject('baseUrl')
const { site, articles, faqs } = getContent()
const article = articles.find((a) => a.slug === 'aftercare') ?? articles[0]!
const answer = faqs[0]!
let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

const cases = [
  { name: 'an article', path: `/${article.slug}`, url: absoluteUrl(site, `/${article.slug}`), title: article.title },
  {
    name: 'a FAQ answer',
    path: `/faq#${answer.id}`,
    url: absoluteUrl(site, `/faq#${answer.id}`),
    title: answer.question,
    scope: `[id="${answer.id}"]`,
  },
  {
    name: 'the self-check start page',
    path: fixedPages.selfCheck.path,
    url: absoluteUrl(site, fixedPages.selfCheck.path),
    title: fixedPages.selfCheck.title,
  },
]

describe.each(cases)('sharing $name', ({ path, url, title, scope }) => {
  test('without the Web Share API, the menu offers WhatsApp, email and copy link with the exact URL', async () => {
    const context = await browser.newContext(desktop)
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl })
    const page = await context.newPage()
    const errors = watchForErrors(page)
    await page.goto(`${baseUrl}${path}`)
    const root = page.locator(scope ?? 'main')
    // A FAQ deep link opens its answer once the page's JavaScript runs; the Share menu is inside it.
    if (scope)
      await page.waitForFunction(
        (selector) => (document.querySelector(selector) as HTMLDetailsElement | null)?.open === true,
        scope,
      )
    const summary = root.locator('summary', { hasText: 'Share' }).first()
    await summary.waitFor({ state: 'visible' })
    await summary.focus()
    await page.keyboard.press('Enter')
    const menu = summary.locator('xpath=..')
    await expect.poll(() => menu.evaluate((details) => (details as HTMLDetailsElement).open)).toBe(true)
    const whatsapp = await menu.getByRole('link', { name: /WhatsApp/ }).getAttribute('href')
    expect(new URL(whatsapp!).searchParams.get('text')).toBe(`${title}\n${url}`)
    const email = await menu.getByRole('link', { name: /Email/ }).getAttribute('href')
    expect(new URLSearchParams(email!.replace('mailto:?', '')).get('body')).toBe(`${title}\r\n${url}`)
    await menu.getByRole('button', { name: 'Copy link' }).click()
    await expect.poll(() => menu.getByRole('status').textContent()).toBe('Link copied')
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url)
    expect(await axeViolations(page)).toEqual([])
    expect(errors).toEqual([])
    await context.close()
  })

  test('with the Web Share API, one button opens the share sheet with the exact URL', async () => {
    const context = await browser.newContext(phone)
    // Chromium on Linux has no share sheet: stand one in that records what it was given.
    await context.addInitScript(() => {
      const shared: ShareData[] = []
      Object.assign(window, { __shared: shared })
      Object.defineProperty(navigator, 'share', {
        value: async (data: ShareData) => void shared.push(data),
        configurable: true,
      })
    })
    const page = await context.newPage()
    await page.goto(`${baseUrl}${path}`)
    const root = page.locator(scope ?? 'main')
    // A FAQ deep link opens its answer by itself.
    await root
      .getByRole('button', { name: /^Share/ })
      .first()
      .click()
    expect(await page.evaluate(() => (window as unknown as { __shared: ShareData[] }).__shared)).toEqual([
      { title, url },
    ])
    await context.close()
  })
})

describe('heading anchors', () => {
  let context: BrowserContext
  beforeAll(async () => {
    context = await browser.newContext(desktop)
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl })
  })
  afterAll(async () => {
    await context.close()
  })

  test('clicking a section’s # link goes to the section, copies its full URL and says so', async () => {
    const page = await context.newPage()
    await page.goto(`${baseUrl}/${article.slug}`)
    const heading = article.headings.find((h) => h.level === 2)!
    await page.locator(`h2#${heading.id} a.heading-anchor`).click()
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'copied' }).textContent())
      .toBe(`Link to “${heading.text}” copied`)
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      absoluteUrl(site, `/${article.slug}#${heading.id}`),
    )
    expect(new URL(page.url()).hash).toBe(`#${heading.id}`)
  })
})
