// The contact page and the privacy notice in both languages, with and without JavaScript (axe at 390 and 1280 px),
// and the feedback link at the end of every document template: a mailto: to the clinic whose subject and body
// carry the page's title and address in its language, and the section when the reader came from one.
import type { Browser, BrowserContextOptions, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest'
import { getContent } from '@/lib/content'
import { enquiry } from '@/lib/contact/enquiry'
import { feedbackMail } from '@/lib/feedback/mail'
import { fill } from '@/lib/i18n/fill'
import { localePath, locales } from '@/lib/i18n/locales'
import { contactWords } from '@/lib/i18n/words/contact'
import { feedbackWords } from '@/lib/i18n/words/feedback'
import { privacyWords } from '@/lib/i18n/words/privacy'
import { fixedPagesIn } from '@/lib/pages/directory'
import { contactPageSectionIds, privacyPageSectionIds, staticRoutes } from '@/lib/routes'
import { pageKindOf } from '@/lib/security/page-kinds'
import { absoluteUrl, formatAddress, telHref } from '@/lib/site/contact'
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

const withAndWithout = [
  ['without JavaScript', false],
  ['with JavaScript', true],
] as const

async function open(path: string, options: BrowserContextOptions) {
  const context = await browser.newContext(options)
  const page = await context.newPage()
  const errors = watchForErrors(page)
  const response = await page.goto(`${baseUrl}${path}`, { waitUntil: 'load' })
  return { context, page, errors, status: response?.status() }
}

/** A mailto: link's recipient, subject and body, decoded (line breaks as the page wrote them: CRLF). */
async function mailOf(page: Page, selector: string) {
  const href = (await page.locator(selector).first().getAttribute('href'))!
  expect(href.startsWith('mailto:')).toBe(true)
  const query = href.indexOf('?')
  const fields = new URLSearchParams(href.slice(query + 1))
  return { to: href.slice('mailto:'.length, query), subject: fields.get('subject'), body: fields.get('body') }
}

describe.each(locales)('the contact page and the privacy notice (%s)', (locale) => {
  const { site, region } = getContent(locale)
  const pages = fixedPagesIn(locale)

  test.each([
    ['phone', phone],
    ['desktop', desktop],
  ] as const)('no axe violation, no console error, nothing wider than the screen (%s)', async (_, viewport) => {
    for (const path of [pages.contact.path, pages.privacy.path]) {
      const { context, page, errors, status } = await open(path, viewport)
      expect(status).toBe(200)
      expect(await axeViolations(page)).toEqual([])
      expect(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth)).toBeLessThanOrEqual(0)
      expect(errors).toEqual([])
      await context.close()
    }
  })

  test.each(withAndWithout)('the contact page: every place, the ways to ask, what happens next (%s)', async (_, js) => {
    const { context, page } = await open(pages.contact.path, { ...phone, javaScriptEnabled: js })
    const words = contactWords[locale]
    await expect(page.locator('h1').allTextContents()).resolves.toEqual([pages.contact.title])
    for (const place of site.locations) {
      const card = page.locator('li', { has: page.locator(`h3[id="${place.id}"]`) })
      await expect(card.locator('h3').textContent()).resolves.toBe(place.name)
      await expect(card.textContent()).resolves.toContain(formatAddress(place))
      for (const line of place.openingHours) await expect(card.textContent()).resolves.toContain(line)
      await expect(card.getByRole('link', { name: place.phone }).getAttribute('href')).resolves.toBe(
        telHref(place.phone),
      )
      const map = card.locator('a[href^="https://www.openstreetmap.org/"]')
      await expect(map.count()).resolves.toBe(place.mapUrl ? 1 : 0)
    }
    const enquire = page.locator(`section:has(> h2#${contactPageSectionIds.enquire})`)
    const message = enquiry(locale, site)
    if (site.whatsapp) {
      const whatsapp = new URL((await enquire.getByRole('link', { name: words.whatsapp }).getAttribute('href'))!)
      expect(whatsapp.searchParams.get('text')).toBe(message.text)
    }
    const email = await mailOf(page, `section:has(> h2#${contactPageSectionIds.enquire}) a[href^="mailto:"]`)
    expect(email).toEqual({ to: site.email, subject: message.emailSubject, body: message.text })
    await expect(enquire.getByText(words.noHealthDetails).isVisible()).resolves.toBe(true)
    const next = page.locator(`section:has(> h2#${contactPageSectionIds.whatHappensNext})`)
    await expect(next.textContent()).resolves.toContain(
      site.replyTime ? fill(words.replyTime, { replyTime: site.replyTime }) : words.noReplyTime,
    )
    await expect(next.getByRole('link', { name: words.privacy }).getAttribute('href')).resolves.toBe(pages.privacy.path)
    // The country's urgent help.
    await expect(page.locator('aside.urgent-help').textContent()).resolves.toContain(region.emergencyNumber)
    await context.close()
  })

  test.each(withAndWithout)('the privacy notice: nothing collected, messages, rights (%s)', async (_, js) => {
    const { context, page } = await open(pages.privacy.path, { ...phone, javaScriptEnabled: js })
    const words = privacyWords[locale]
    await expect(page.locator('h1').allTextContents()).resolves.toEqual([pages.privacy.title])
    await expect(page.locator('main h2').evaluateAll((all) => all.map((h) => h.id).filter(Boolean))).resolves.toEqual(
      expect.arrayContaining(Object.values(privacyPageSectionIds)),
    )
    const main = (await page.locator('main').textContent())!
    expect(main).toContain(words.nothing)
    // Each value the clinic has written, or (still TODO in content/site.yaml) the sentence that says to ask.
    const { readBy, keptFor, controller } = site.privacy
    expect(main).toContain(readBy ? fill(words.readBy, { readBy }) : words.readByAsk)
    expect(main).toContain(keptFor ? fill(words.keptFor, { keptFor }) : words.keptForAsk)
    expect(main).toContain(controller ? fill(words.controller, { controller }) : words.controllerAsk)
    expect(main).toContain(region.dataProtection.rights)
    expect(main).toContain(region.dataProtection.regulator)
    if (region.dataProtection.regulatorUrl)
      await expect(page.locator(`main a[href="${region.dataProtection.regulatorUrl}"]`).count()).resolves.toBe(1)
    await context.close()
  })
})

/** Every document template in both languages (the tools are not documents), and each language's 404 page. */
const documentRoutes = locales.flatMap((locale) =>
  templateRoutes(locale)
    .filter((route) => pageKindOf(route) === 'document')
    .map((route) => [locale, route] as const),
)

describe('the feedback link on every document', () => {
  test.each(documentRoutes)('%s %s: names the page and its address, in its language', async (locale, route) => {
    for (const [, js] of withAndWithout) {
      const { context, page } = await open(route, { ...desktop, javaScriptEnabled: js })
      const title = (await page.locator('h1').textContent())!.trim()
      const mail = await mailOf(page, 'main a[data-feedback]')
      const expected = feedbackMail(feedbackWords[locale], { title, url: absoluteUrl(getContent().site, route) })
      expect(mail).toEqual({
        to: getContent().site.email,
        subject: expected.subject,
        body: expected.body.replace(/\n/g, '\r\n'),
      })
      await expect(page.getByRole('link', { name: feedbackWords[locale].link }).isVisible()).resolves.toBe(true)
      await context.close()
    }
  })

  test.each(locales)(
    '%s: with JavaScript, it adds the section the reader came from, and follows them',
    async (locale) => {
      const article = getContent(locale).articles.find((candidate) => candidate.headings.length > 1)!
      const [first, second] = article.headings
      const path = localePath(locale, `/${article.slug}`)
      const { context, page } = await open(`${path}#${first!.id}`, desktop)
      const words = feedbackWords[locale]
      const url = absoluteUrl(getContent().site, path)
      const sectionOf = (id: string, text: string) =>
        feedbackMail(words, { title: article.title, url: `${url}#${id}`, section: text }).body.replace(/\n/g, '\r\n')
      await expect(mailOf(page, 'main a[data-feedback]').then((mail) => mail.body)).resolves.toBe(
        sectionOf(first!.id, first!.text),
      )
      await page.evaluate((id) => (location.hash = id), second!.id)
      await page.waitForFunction(
        (id) =>
          decodeURIComponent(document.querySelector('a[data-feedback]')!.getAttribute('href')!).includes(`#${id}`),
        second!.id,
      )
      await expect(mailOf(page, 'main a[data-feedback]').then((mail) => mail.body)).resolves.toBe(
        sectionOf(second!.id, second!.text),
      )
      await context.close()
    },
  )

  test.each(locales)('%s 404 page: names the address that was not found (with JavaScript)', async (locale) => {
    const missing = localePath(locale, '/no-such-page')
    const { context, page, status } = await open(`${missing}?from=test`, desktop)
    expect(status).toBe(404)
    const mail = await mailOf(page, 'main a[data-feedback]')
    const title = (await page.locator('h1').textContent())!.trim()
    expect(mail.subject).toBe(fill(feedbackWords[locale].subject, { title }))
    expect(mail.body).toContain(fill(feedbackWords[locale].body.address, { url: `${baseUrl}${missing}?from=test` }))
    await context.close()
  })
})

test('the header and footer lead to the contact page and the privacy notice, in the page’s language', async () => {
  for (const locale of locales) {
    const { context, page } = await open(localePath(locale, staticRoutes.faq), phone)
    const pages = fixedPagesIn(locale)
    await expect(page.locator(`header a[href="${pages.contact.path}"]`).count()).resolves.toBe(1)
    await expect(page.locator(`footer a[href="${pages.contact.path}"]`).textContent()).resolves.toBe(
      pages.contact.title,
    )
    await expect(page.locator(`footer a[href="${pages.privacy.path}"]`).textContent()).resolves.toBe(
      pages.privacy.title,
    )
    await context.close()
  }
})
