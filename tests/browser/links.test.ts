// The staff links page in real Chromium: every page and section from the one list of pages with its
// absolute address and (pages) a QR code that decodes to it, kept out of search engines; ticking
// items builds the message, and WhatsApp, email and copying all carry it.
import type { Browser, BrowserContextOptions, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest'
import { getContent } from '@/lib/content'
import { flattenLinks, staffLinks, staffLinksPath, staffLinksPathFor } from '@/lib/links/directory'
import { composeMessage } from '@/lib/links/message'
import { messageSettings } from '@/lib/links/message-settings'
import { listPages } from '@/lib/pages/directory'
import { absoluteUrl } from '@/lib/site/contact'
import { decodeQrSvg } from '@/tests/support/qr-decode'
import { axeViolations } from '@/tests/support/browser/axe'
import { desktop, launchBrowser, phone, watchForErrors } from '@/tests/support/browser/browser'

const baseUrl = inject('baseUrl')
const content = getContent()
const pages = staffLinks(listPages(content), content.site)
const settings = messageSettings(content.site)
const faq = pages.find((page) => page.kind === 'faq')!
const article = pages.find((page) => page.kind === 'article' && page.sections.length > 0)!
let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

async function open(options: BrowserContextOptions = desktop) {
  const context = await browser.newContext(options)
  const page = await context.newPage()
  const errors = watchForErrors(page)
  await page.goto(`${baseUrl}${staffLinksPath}`, { waitUntil: 'networkidle' })
  return { context, page, errors }
}

const checkbox = (page: Page, title: string) => page.getByRole('checkbox', { name: title, exact: true })
const messageBox = (page: Page) => page.getByRole('textbox', { name: 'Message to send' })

describe('/links', () => {
  test('lists every page and section with its absolute address, and each page’s QR code decodes to it', async () => {
    const { context, page, errors } = await open()
    await expect(page.locator('h1').allTextContents()).resolves.toEqual(['Links for clinic staff'])
    expect(pages.length).toBe(listPages(content).length)
    const text = await page.locator('main').innerText()
    for (const link of flattenLinks(pages)) {
      expect(link.url.startsWith(`${content.site.url}/`)).toBe(true)
      expect(text).toContain(link.url)
      await expect(checkbox(page, link.title).count()).resolves.toBeGreaterThanOrEqual(1)
      await expect(
        page.getByRole('button', { name: `Copy link to “${link.title}”` }).count(),
      ).resolves.toBeGreaterThanOrEqual(1)
    }
    for (const { url } of pages) {
      const qr = page.getByRole('img', { name: `QR code for ${url}`, exact: true })
      await expect(qr.count()).resolves.toBe(1)
      const svg = await qr.locator('svg').evaluate((element) => element.outerHTML)
      expect(decodeQrSvg(svg).text).toBe(url)
      // Large enough to scan from a screen; the same SVG scales up in print.
      const box = (await qr.boundingBox())!
      expect(box.width).toBeGreaterThanOrEqual(96)
      expect(box.width).toBe(box.height)
    }
    // Only pages get QR codes, not their sections.
    await expect(page.locator('[data-qr-code]').count()).resolves.toBe(pages.length)
    expect(errors).toEqual([])
    await context.close()
  })

  test('"Download QR code (SVG)" saves a file that decodes to the page’s address', async () => {
    const context = await browser.newContext({ ...desktop, acceptDownloads: true })
    const page = await context.newPage()
    await page.goto(`${baseUrl}${staffLinksPath}`, { waitUntil: 'networkidle' })
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      // The element's own click: the sticky message builder beside the list can cover the link where it scrolls to.
      page.getByRole('link', { name: `Download QR code (SVG) for “${faq.title}”` }).dispatchEvent('click'),
    ])
    expect(download.suggestedFilename()).toBe('qr-code-faq.svg')
    const chunks: Buffer[] = []
    for await (const chunk of (await download.createReadStream())!) chunks.push(chunk as Buffer)
    expect(decodeQrSvg(Buffer.concat(chunks).toString('utf8')).text).toBe(faq.url)
    await context.close()
  })

  test('asks search engines not to index or follow it, and is in no menu', async () => {
    const { context, page } = await open()
    const robots = await page.locator('meta[name="robots"]').getAttribute('content')
    expect(robots?.split(',').map((value) => value.trim())).toEqual(expect.arrayContaining(['noindex', 'nofollow']))
    await expect(page.locator('link[rel="canonical"]').getAttribute('href')).resolves.toBe(
      absoluteUrl(content.site, staffLinksPath),
    )
    await expect(
      page.locator(`header a[href="${staffLinksPath}"], footer a[href="${staffLinksPath}"]`).count(),
    ).resolves.toBe(0)
    await page.goto(`${baseUrl}/`)
    await expect(page.locator(`a[href="${staffLinksPath}"]`).count()).resolves.toBe(0)
    await context.close()
  })

  test('ticking a page and an answer builds the message; WhatsApp and email carry it; copying announces', async () => {
    const context = await browser.newContext(desktop)
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl })
    const page = await context.newPage()
    const errors = watchForErrors(page)
    await page.goto(`${baseUrl}${staffLinksPath}`, { waitUntil: 'networkidle' })
    const [answer] = faq.sections
    // Ticked in reverse page order: the message follows the page.
    await checkbox(page, answer!.title).check()
    // From the keyboard too.
    await checkbox(page, article.title).focus()
    await page.keyboard.press('Space')
    const expected = composeMessage([article, answer!], settings)
    expect(expected).toContain(`${article.url}\n`)
    await expect(messageBox(page).inputValue()).resolves.toBe(expected)
    await expect(page.getByRole('status').getByText('2 links in the message.').count()).resolves.toBe(1)

    const builder = page.getByRole('region', { name: 'Make a message' })
    const whatsapp = new URL((await builder.getByRole('link', { name: /^Open in WhatsApp/ }).getAttribute('href'))!)
    expect(`${whatsapp.origin}${whatsapp.pathname}`).toBe('https://wa.me/')
    expect(whatsapp.searchParams.get('text')).toBe(expected)
    const email = (await builder.getByRole('link', { name: 'Open in email' }).getAttribute('href'))!
    const [, query] = email.split('?') as [string, string]
    const params = new URLSearchParams(query.replace(/\+/g, '%2B'))
    expect(email.startsWith('mailto:?')).toBe(true)
    expect(params.get('subject')).toBe(settings.emailSubject)
    expect(params.get('body')).toBe(expected.replace(/\n/g, '\r\n'))

    await builder.getByRole('button', { name: 'Copy message' }).click()
    await builder.getByRole('status').getByText('Message copied', { exact: true }).waitFor({ timeout: 5_000 })
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(expected)

    const copySection = page.getByRole('button', { name: `Copy link to “${answer!.title}”` })
    await copySection.click()
    await copySection
      .locator('..')
      .getByRole('status')
      .getByText('Link copied', { exact: true })
      .waitFor({ timeout: 5_000 })
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(answer!.url)

    await builder.getByRole('button', { name: 'Clear ticks' }).click()
    await expect(messageBox(page).inputValue()).resolves.toBe('')
    await expect(page.getByRole('checkbox', { checked: true }).count()).resolves.toBe(0)
    expect(errors).toEqual([])
    await context.close()
  })

  test.each([
    ['phone', phone],
    ['desktop', desktop],
  ] as const)(
    'is axe clean and fits the screen with items ticked (%s)',
    async (_, viewport) => {
      const { context, page, errors } = await open(viewport)
      // Once, with items ticked: the page then holds all it holds unticked plus the message (axe takes 20 s here).
      await checkbox(page, article.sections[0]!.title).check()
      await checkbox(page, faq.title).check()
      await expect(messageBox(page).inputValue()).resolves.toContain(faq.url)
      expect(await axeViolations(page)).toEqual([])
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      )
      expect(overflow).toBeLessThanOrEqual(0)
      expect(errors).toEqual([])
      await context.close()
    },
    150_000,
  ) // axe takes a while over a hundred links on two cores

  test('without JavaScript it is still every address and QR code; the message builder needs JavaScript', async () => {
    const { context, page } = await open({ ...phone, javaScriptEnabled: false })
    const text = await page.locator('main').innerText()
    for (const link of flattenLinks(pages)) expect(text).toContain(link.url)
    await expect(page.locator('[data-qr-code] svg').count()).resolves.toBe(pages.length)
    await expect(page.getByRole('region', { name: 'Make a message' }).count()).resolves.toBe(0)
    await expect(page.getByRole('checkbox', { disabled: false }).count()).resolves.toBe(0)
    await expect(page.getByRole('link', { name: /^Download QR code \(SVG\)/ }).count()).resolves.toBe(pages.length)
    await context.close()
  })
})

describe('/links/hi', () => {
  const hindi = getContent('hi')
  const hindiPages = staffLinks(listPages(hindi), hindi.site)
  const hindiFaq = hindiPages.find((page) => page.kind === 'faq')!

  test('lists the Hindi pages’ addresses and makes a message in Hindi with them', async () => {
    const context = await browser.newContext(desktop)
    const page = await context.newPage()
    const errors = watchForErrors(page)
    await page.goto(`${baseUrl}${staffLinksPathFor('hi')}`, { waitUntil: 'networkidle' })
    const text = await page.locator('main').innerText()
    for (const link of flattenLinks(hindiPages)) expect(text).toContain(link.url)
    expect(hindiFaq.url).toBe(absoluteUrl(hindi.site, '/hi/faq'))
    await checkbox(page, hindiFaq.title).check()
    const message = await messageBox(page).inputValue()
    expect(message).toBe(composeMessage([hindiFaq], messageSettings(hindi.site, 'hi')))
    expect(message.startsWith('नमस्ते')).toBe(true)
    // The English list is one link away, and neither list is offered in Hindi itself.
    await expect(page.locator(`main a[href="${staffLinksPath}"]`).count()).resolves.toBe(1)
    await expect(page.locator('a[data-language-switch]').count()).resolves.toBe(0)
    // The same markup as /links, which axe checks at both widths (it takes 20 s on a page this long); here only
    // what differs: each title carries its language.
    await expect(page.locator(`span[lang="hi"]`).count()).resolves.toBeGreaterThanOrEqual(
      flattenLinks(hindiPages).length,
    )
    expect(errors).toEqual([])
    await context.close()
  })
})
