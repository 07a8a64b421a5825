import type { Browser, BrowserContextOptions, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest'
import { getContent } from '@/lib/content'
import { faqCategories } from '@/lib/content/schema'
import { filterFaqs, toSearchItem } from '@/lib/faq/filter'
import { groupFaqs } from '@/lib/faq/group'
import { telHref } from '@/lib/site/contact'
import { axeViolations } from '@/tests/support/browser/axe'
import { desktop, launchBrowser, phone, watchForErrors } from '@/tests/support/browser/browser'

const baseUrl = inject('baseUrl')
const { faqs, site } = getContent()
const viewports = [
  ['phone', phone],
  ['desktop', desktop],
] as const
/** Answer ids in the order the page shows them. */
const pageOrder = groupFaqs(faqs).flatMap((group) => group.faqs.map((faq) => faq.id))
let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

async function open(path: string, options: BrowserContextOptions = desktop) {
  const context = await browser.newContext(options)
  const page = await context.newPage()
  const errors = watchForErrors(page)
  await page.goto(`${baseUrl}${path}`, { waitUntil: 'networkidle' })
  return { context, page, errors }
}

/** The first words of an answer, as a reader sees them. */
const answerStart = (text: string) => text.slice(0, 60)
const searchBox = (page: Page) => page.getByRole('searchbox', { name: 'Search the questions' })
const visibleAnswerIds = (page: Page) =>
  page
    .locator('details[data-faq-answer]')
    .evaluateAll((all) => all.filter((d) => (d as HTMLElement).checkVisibility()).map((d) => d.id))

describe('/faq', () => {
  test('without JavaScript, every question and answer is there, in category order, and opens to be read', async () => {
    const { context, page } = await open('/faq', { ...phone, javaScriptEnabled: false })
    await expect(page.locator('h1').allTextContents()).resolves.toEqual(['Frequently asked questions'])
    const labels = groupFaqs(faqs).map((group) => group.label)
    await expect(
      page
        .locator('main h2')
        .allTextContents()
        .then((all) => all.filter((text) => labels.includes(text))),
    ).resolves.toEqual(labels)
    await expect(page.locator('details[data-faq-answer]').evaluateAll((all) => all.map((d) => d.id))).resolves.toEqual(
      pageOrder,
    )
    // The enhancements need JavaScript, so they are not there; a plain link to each answer is.
    await expect(searchBox(page).count()).resolves.toBe(0)
    await expect(page.getByRole('button', { name: /Copy link/ }).count()).resolves.toBe(0)
    for (const faq of faqs) {
      const details = page.locator(`details#${faq.id}`)
      // The answer's own summary; its Share menu has one too.
      await expect(details.locator(':scope > summary').textContent()).resolves.toBe(faq.question)
      const answer = details.getByText(answerStart(faq.text)).first()
      await expect(answer.isVisible()).resolves.toBe(false)
      await details.locator(':scope > summary').click()
      await expect(answer.isVisible()).resolves.toBe(true)
      await expect(details.getByRole('link', { name: /^Link to this answer/ }).getAttribute('href')).resolves.toBe(
        `#${faq.id}`,
      )
    }
    await context.close()
  })

  test.each(viewports)('a deep link opens that answer and brings it into view (%s)', async (_, viewport) => {
    const { context, page, errors } = await open('/faq#does-it-hurt', viewport)
    await page.waitForFunction(
      () => (document.getElementById('does-it-hurt') as HTMLDetailsElement | null)?.open === true,
    )
    const faq = faqs.find((f) => f.id === 'does-it-hurt')!
    await expect(page.locator('#does-it-hurt').getByText(answerStart(faq.text)).isVisible()).resolves.toBe(true)
    await page.waitForFunction(() => {
      const top = document.getElementById('does-it-hurt')!.getBoundingClientRect().top
      return top >= 0 && top < window.innerHeight / 2
    })
    // Only that one opened.
    await expect(page.locator('details[data-faq-answer][open]').count()).resolves.toBe(1)
    expect(errors).toEqual([])
    await context.close()
  })

  test('a changed hash opens its answer; opening a question puts it in the address', async () => {
    const { context, page } = await open('/faq')
    await expect(page.locator('details[data-faq-answer][open]').count()).resolves.toBe(0)
    await page.locator('#is-it-safe > summary').click()
    await page.waitForFunction(() => window.location.hash === '#is-it-safe')
    expect(new URL(page.url()).pathname).toBe('/faq')

    await page.locator('#what-is-smp > summary').focus()
    await page.keyboard.press('Enter')
    await page.waitForFunction(() => window.location.hash === '#what-is-smp')

    await page.evaluate(() => {
      window.location.hash = '#when-can-i-go-swimming'
    })
    await page.waitForFunction(() => (document.getElementById('when-can-i-go-swimming') as HTMLDetailsElement).open)
    // A link to an answer the search has hidden clears the search and shows it.
    await searchBox(page).fill('helicopter')
    await page.waitForFunction(() => document.getElementById('is-it-safe')?.checkVisibility() === false)
    await page.evaluate(() => {
      window.location.hash = '#is-it-safe'
    })
    await page.waitForFunction(() => document.getElementById('is-it-safe')?.checkVisibility() === true)
    await expect(searchBox(page).inputValue()).resolves.toBe('')
    await page.evaluate(() => {
      window.location.hash = '#when-can-i-go-swimming'
    })
    // A reload of the copied address opens the same answer.
    await page.reload({ waitUntil: 'networkidle' })
    await page.waitForFunction(() => (document.getElementById('when-can-i-go-swimming') as HTMLDetailsElement).open)
    await context.close()
  })

  test.each(viewports)(
    'the filter works from the keyboard, announces the count and stays axe clean (%s)',
    async (_, viewport) => {
      const { context, page, errors } = await open('/faq', viewport)
      // Tab from the top of the page to the search box (past the header's site search).
      for (let presses = 0; presses < 30; presses++) {
        await page.keyboard.press('Tab')
        if (await searchBox(page).evaluate((input) => input === document.activeElement)) break
      }
      await expect(searchBox(page).evaluate((input) => input === document.activeElement)).resolves.toBe(true)
      await expect(page.locator('label', { hasText: 'Search the questions' }).isVisible()).resolves.toBe(true)

      const items = faqs.map(toSearchItem)
      const query = 'swimming'
      const expected = filterFaqs(items, query).map((item) => item.id)
      expect(expected.length).toBeGreaterThan(1)
      expect(expected.length).toBeLessThan(faqs.length)
      await page.keyboard.type(query, { delay: 20 })
      await page.waitForFunction(
        (text) => document.querySelector('[role="search"] [role="status"]')?.textContent === text,
        `${expected.length} questions match`,
      )
      await expect(visibleAnswerIds(page)).resolves.toEqual(pageOrder.filter((id) => expected.includes(id)))
      // Categories with nothing left are hidden; the ones with results stay.
      const visibleCategories = new Set(
        faqs.filter((f) => expected.includes(f.id)).map((f) => faqCategories[f.category]),
      )
      for (const label of Object.values(faqCategories)) {
        await expect(page.getByRole('heading', { level: 2, name: label, exact: true }).isVisible()).resolves.toBe(
          visibleCategories.has(label),
        )
      }
      expect(await axeViolations(page)).toEqual([])

      // Accents and case do not matter.
      await searchBox(page).fill('ANAESTHÉTIC')
      await page.waitForFunction(() =>
        /^\d+ questions? match(es)?$/.test(
          document.querySelector('[role="search"] [role="status"]')?.textContent ?? '',
        ),
      )
      await expect(visibleAnswerIds(page)).resolves.toContain('does-it-hurt')

      // Nothing matches: say so, with the clinic's phone and email.
      await searchBox(page).fill('zzzz helicopter')
      await page.waitForFunction(
        () => document.querySelector('[role="search"] [role="status"]')?.textContent === 'No questions match',
      )
      await expect(visibleAnswerIds(page)).resolves.toEqual([])
      const search = page.getByRole('search')
      await expect(search.getByRole('link', { name: site.phone }).getAttribute('href')).resolves.toBe(
        telHref(site.phone),
      )
      await expect(search.getByRole('link', { name: site.email }).isVisible()).resolves.toBe(true)
      expect(await axeViolations(page)).toEqual([])

      // Escape clears a search box: everything is back.
      await searchBox(page).focus()
      await page.keyboard.press('Escape')
      await page.waitForFunction(() => document.querySelector('[role="search"] [role="status"]')?.textContent === '')
      await expect(visibleAnswerIds(page)).resolves.toHaveLength(faqs.length)
      expect(errors).toEqual([])
      await context.close()
    },
  )

  test('"Copy link" copies the answer\'s full address and says so', async () => {
    const context = await browser.newContext(desktop)
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl })
    const page = await context.newPage()
    await page.goto(`${baseUrl}/faq#does-it-hurt`, { waitUntil: 'networkidle' })
    const details = page.locator('#does-it-hurt')
    await page.waitForFunction(() => (document.getElementById('does-it-hurt') as HTMLDetailsElement).open)
    const button = details.getByRole('button', { name: 'Copy link to “Does SMP hurt?”' })
    await button.click()
    // The clipboard answers asynchronously: wait for the announcement rather than reading at once.
    await details.getByRole('status').getByText('Link copied', { exact: true }).waitFor({ timeout: 5_000 })
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(`${baseUrl}/faq#does-it-hurt`)
    expect(await axeViolations(page)).toEqual([])
    await context.close()
  })

  test.each(viewports)('has no axe violations, with and without an answer open (%s)', async (_, viewport) => {
    const { context, page, errors } = await open('/faq', viewport)
    expect(await axeViolations(page)).toEqual([])
    await page.locator('details[data-faq-answer] > summary').first().click()
    expect(await axeViolations(page)).toEqual([])
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    )
    expect(overflow).toBeLessThanOrEqual(0)
    expect(errors).toEqual([])
    await context.close()
  })

  test('prints every answer, without the search box or copy buttons', async () => {
    const { context, page } = await open('/faq')
    await page.emulateMedia({ media: 'print' })
    for (const faq of faqs) {
      await expect(
        page.locator(`#${faq.id}`).getByText(answerStart(faq.text)).first().isVisible(),
        faq.id,
      ).resolves.toBe(true)
    }
    await expect(searchBox(page).isVisible()).resolves.toBe(false)
    await expect(
      page
        .getByRole('button', { name: /Copy link/ })
        .first()
        .isVisible(),
    ).resolves.toBe(false)
    await context.close()
  })

  test('has a canonical address and FAQPage structured data listing every question', async () => {
    const { context, page } = await open('/faq')
    await expect(page.title()).resolves.toMatch(/^Frequently asked questions \| /)
    await expect(page.locator('link[rel="canonical"]').getAttribute('href')).resolves.toBe(`${site.url}/faq`)
    const blocks = (await page.locator('script[type="application/ld+json"]').allTextContents()).map((text) =>
      JSON.parse(text),
    )
    // The FAQPage, and the BreadcrumbList every page below the home page has.
    expect(blocks.map((block) => block['@type']).sort()).toEqual(['BreadcrumbList', 'FAQPage'])
    const data = blocks.find((block) => block['@type'] === 'FAQPage')
    expect(data['@context']).toBe('https://schema.org')
    expect(data['@type']).toBe('FAQPage')
    expect(data.mainEntity).toHaveLength(faqs.length)
    expect(data.mainEntity.map((q: { name: string }) => q.name).sort()).toEqual(faqs.map((f) => f.question).sort())
    for (const question of data.mainEntity) {
      const faq = faqs.find((f) => f.question === question.name)!
      expect(question.acceptedAnswer).toEqual({ '@type': 'Answer', text: faq.text })
    }
    await context.close()
  })
})
