// What keeps a patient safe and lets them check a claim, with and without JavaScript: urgent help shows (every
// page's HTML carries it: tests/site/patient-safety.test.ts), every section of each template reads, the numbered
// citations lead to their sources and back, glossary links lead to their definitions.
import type { Browser, BrowserContextOptions } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest'
import { getContent } from '@/lib/content'
import { citationAnchor, sourceAnchor } from '@/lib/content/enrich'
import { articlePath, requiredSections, staticRoutes } from '@/lib/routes'
import { telHref } from '@/lib/site/contact'
import { axeViolations } from '@/tests/support/browser/axe'
import { launchBrowser, phone } from '@/tests/support/browser/browser'

const baseUrl = inject('baseUrl')
const content = getContent()
let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

const modes: [string, BrowserContextOptions][] = [
  ['with JavaScript', phone],
  ['without JavaScript', { ...phone, javaScriptEnabled: false }],
]

async function open(path: string, options: BrowserContextOptions) {
  const context = await browser.newContext(options)
  const page = await context.newPage()
  const response = await page.goto(`${baseUrl}${path}`)
  return { context, page, response }
}

// routes.test.ts runs axe on every page with JavaScript. axe itself needs JavaScript, so for the
// page a browser without it gets, keep it on but stop every script of the site from loading. What differs
// without the script is the template's (share menus, copy buttons), not an article's text: one article with
// each extra the template can add, and one with none.
const withoutScriptSample = content.articles.filter(
  (article, index, all) => all.findIndex((other) => other.extras.join() === article.extras.join()) === index,
)
test.each(withoutScriptSample.map((a) => a.slug))('/%s before any script runs has no axe violations', async (slug) => {
  const context = await browser.newContext(phone)
  const page = await context.newPage()
  await page.route('**/*.js', (route) => route.abort())
  await page.goto(`${baseUrl}${articlePath(slug)}`)
  expect(await axeViolations(page)).toEqual([])
  await context.close()
})

describe.each(modes)('%s', (_, options) => {
  test.each([staticRoutes.planner, staticRoutes.faq, ...withoutScriptSample.map((a) => articlePath(a.slug))])(
    '%s shows urgent help with its emergency number',
    async (path) => {
      const { context, page } = await open(path, options)
      const help = page.locator('aside[aria-labelledby="urgent-help"]')
      await expect(help.isVisible()).resolves.toBe(true)
      await expect(help.locator(`a[href="${telHref(content.region.emergencyNumber)}"]`).isVisible()).resolves.toBe(true)
      await context.close()
    },
  )

  test.each(withoutScriptSample.map((a) => a.slug))('/%s has every section readable', async (slug) => {
    const { context, page, response } = await open(articlePath(slug), options)
    expect(response?.status()).toBe(200)
    for (const heading of content.articles.find((a) => a.slug === slug)!.headings) {
      await expect(page.locator(`[id="${heading.id}"]`).isVisible()).resolves.toBe(true)
    }
    await context.close()
  })

  test('a citation goes to its source in the list, and the source leads back to the sentence', async () => {
    const article = content.articles.find((a) => a.citations.length > 0)!
    const { id } = article.citations[0]!
    const { context, page } = await open(articlePath(article.slug), options)
    const marker = page.locator(`#${citationAnchor(id, 1)}`)
    await expect(marker.textContent()).resolves.toMatch(/1$/)
    await marker.click()
    await page.waitForURL(new RegExp(`#${sourceAnchor(id)}$`))
    const entry = page.locator(`#${sourceAnchor(id)}`)
    await expect(entry.isVisible()).resolves.toBe(true)
    const citation = content.references.sources.find((s) => s.id === id)!.citation
    await expect(entry.textContent()).resolves.toContain(citation)
    await entry.locator(`a[href="#${citationAnchor(id, 1)}"]`).click()
    await page.waitForURL(new RegExp(`#${citationAnchor(id, 1)}$`))
    // The page scrolls smoothly (unless the reader asks for less motion): wait for it to arrive.
    const onScreen = () =>
      marker.evaluate(
        (el) => el.getBoundingClientRect().top >= 0 && el.getBoundingClientRect().bottom <= window.innerHeight,
      )
    await expect.poll(onScreen, { timeout: 5000 }).toBe(true)
    await context.close()
  })

  test('the first use of a glossary word links to its definition', async () => {
    const article = content.articles.find((a) => a.html.includes('class="glossary-link"'))!
    const { context, page } = await open(articlePath(article.slug), options)
    const link = page.locator('a.glossary-link').first()
    const href = (await link.getAttribute('href'))!
    const [, termId] = href.split('#')
    const term = content.glossary.terms.find((t) => t.id === termId)!
    await link.click()
    await page.waitForURL(`${baseUrl}${href}`)
    const entry = page.locator(`[id="${term.id}"]`)
    await expect(entry.locator('dt').textContent()).resolves.toContain(term.term)
    await expect(entry.locator('dd').textContent()).resolves.toBe(term.definition)
    await context.close()
  })

  test('the aftercare plan shows the signs of infection beside the days after the session', async () => {
    const { context, page } = await open(staticRoutes.planner, options)
    const after = page.locator('section[aria-labelledby="plan-after"]')
    const warning = after.locator('aside[aria-labelledby="infection-warning"]')
    await expect(warning.isVisible()).resolves.toBe(true)
    await expect(warning.textContent()).resolves.toContain(`your ${content.region.familyDoctor} the same day`)
    await expect(warning.locator(`a[href="${requiredSections.signsOfInfection}"]`).count()).resolves.toBe(1)
    await context.close()
  })
})
