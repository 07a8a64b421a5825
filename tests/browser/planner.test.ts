// The aftercare planner in real Chromium against the production build: a date picked by keyboard,
// the dated plan, the .ics download read back by ical.js, axe, print, no JavaScript, saved choice,
// the device's own time zone, and how much JavaScript it adds.
import { readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import ICAL from 'ical.js'
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest'
import { dayRangeLabel } from '@/lib/aftercare/days'
import type { PlannerLanguage } from '@/lib/aftercare/language'
import { allowedAgain, isOngoing, planFor } from '@/lib/aftercare/plan'
import { plannerStorageKey } from '@/lib/aftercare/storage'
import { getContent } from '@/lib/content'
import { addDays, formatShortDate, type CalendarDate } from '@/lib/dates'
import { plannerWords } from '@/lib/i18n/words/planner'
import { staticRoutes } from '@/lib/routes'
import { absoluteUrl } from '@/lib/site/contact'
import { milestonesOf } from '@/tests/fixtures/aftercare'
import { axeViolations } from '@/tests/support/browser/axe'
import { desktop, launchBrowser, phone, watchForErrors } from '@/tests/support/browser/browser'

const baseUrl = inject('baseUrl')
const plannerUrl = `${baseUrl}${staticRoutes.planner}`
const { aftercareSchedule: schedule, site } = getContent()
const english: PlannerLanguage = { words: plannerWords.en, locale: 'en', digits: 'latin' }
let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

type Options = BrowserContextOptions & { now?: string }

/** Opens the planner in a UK-English browser and waits for the island to show its controls. */
async function open(options: Options = desktop): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const { now, ...contextOptions } = options
  const context = await browser.newContext({ locale: 'en-GB', ...contextOptions })
  const page = await context.newPage()
  if (now) await page.clock.setFixedTime(new Date(now))
  const errors = watchForErrors(page)
  await page.goto(plannerUrl, { waitUntil: 'networkidle' })
  await page.getByLabel('Date of your session').waitFor()
  return { context, page, errors }
}

const dateInput = (page: Page) => page.getByLabel('Date of your session')
const entry = (page: Page, title: string) =>
  page.locator('li').filter({ has: page.getByRole('heading', { level: 3, name: title }) })
const planHeading = (page: Page) => page.getByRole('status').filter({ hasText: 'Your plan for' }).locator('p').first()
const washDay = schedule.items.find(
  (item): item is typeof item & { firstDay: number } =>
    item.kind === 'do' && /wash/i.test(item.title) && typeof item.firstDay === 'number',
)!

/** Presses Tab, as a keyboard user would, until the focused element matches `selector`. */
async function tabTo(page: Page, selector: string) {
  for (let presses = 0; presses < 40; presses++) {
    await page.keyboard.press('Tab')
    if (await page.evaluate((wanted) => document.activeElement?.matches(wanted) ?? false, selector)) return
  }
  throw new Error(`Tab never reached ${selector}`)
}

describe('the aftercare planner', () => {
  test('a date picked by keyboard gives the dated plan, and the session is picked with arrow keys', async () => {
    const { context, page, errors } = await open(desktop)
    // Nothing the patient enters leaves the device: no request at all while they choose.
    const requests: string[] = []
    page.on('request', (request) => requests.push(request.url()))
    await tabTo(page, '#session-date')
    // 12 December: the same digits whether the field asks for the day or the month first (it follows the system's locale).
    await page.keyboard.type('12122025')
    // On past the date picker's own button, to the session choice.
    await tabTo(page, 'input[name="session"]')
    await expect(dateInput(page).inputValue()).resolves.toBe('2025-12-12')
    await expect(planHeading(page).textContent()).resolves.toBe(
      'Your plan for your first session on Friday 12 December 2025',
    )
    // Into the session choice, and along it.
    await page.keyboard.press('ArrowRight')
    await expect(page.getByRole('radio', { name: 'Second session' }).isChecked()).resolves.toBe(true)
    await expect(planHeading(page).textContent()).resolves.toBe(
      'Your plan for your second session on Friday 12 December 2025',
    )
    const session: CalendarDate = '2025-12-12'
    const wash = entry(page, washDay.title)
    await expect(wash.textContent()).resolves.toContain(formatShortDate(addDays(session, washDay.firstDay)))
    await expect(wash.textContent()).resolves.toContain(dayRangeLabel(washDay.firstDay, washDay.lastDay, english))
    // What is allowed again, and when.
    const allowed = page.getByRole('region', { name: 'When things are usually OK again' })
    for (const item of allowedAgain(planFor(schedule, '2'))) {
      await expect(allowed.textContent()).resolves.toContain(
        `${item.label}: from ${formatShortDate(addDays(session, item.day))}`,
      )
    }
    expect(requests).toEqual([])
    expect(errors).toEqual([])
    await context.close()
  })

  test.each([
    ['phone', phone],
    ['desktop', desktop],
  ] as const)('the dated plan has no axe violations and fits the screen (%s)', async (_, viewport) => {
    const { context, page, errors } = await open({ ...viewport, now: '2025-12-04T10:00:00Z' })
    await dateInput(page).fill('2025-12-01')
    await expect(page.locator('li[data-status="today"]').count()).resolves.toBeGreaterThan(0)
    await expect(page.locator('li[data-status="done"]').count()).resolves.toBeGreaterThan(0)
    expect(await axeViolations(page)).toEqual([])
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    )
    expect(overflow).toBeLessThanOrEqual(0)
    expect(errors).toEqual([])
    await context.close()
  })

  test('"Add to calendar" downloads smp-aftercare-plan.ics with an all-day event for each milestone, ongoing care and allowed-again date', async () => {
    const { context, page } = await open(desktop)
    await dateInput(page).fill('2025-12-29')
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Add to calendar' }).click(),
    ])
    expect(download.suggestedFilename()).toBe('smp-aftercare-plan.ics')
    const text = readFileSync((await download.path())!, 'utf8')
    const calendar = new ICAL.Component(ICAL.parse(text))
    expect(String(calendar.getFirstPropertyValue('prodid'))).toContain(site.name)
    const events = calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component))
    const entries = planFor(schedule, '1')
    const expected = [
      ...milestonesOf(entries).map((e) => ({ title: e.title, first: e.firstDay, last: e.lastDay })),
      // Ongoing care: one reminder on its first day, with no end the articles do not give.
      ...entries
        .filter(isOngoing)
        .map((e) => ({ title: `${e.title} (ongoing)`, first: e.firstDay as number, last: e.firstDay as number })),
      ...allowedAgain(entries).map((a) => ({ title: a.label, first: a.day, last: a.day })),
    ]
    expect(events).toHaveLength(expected.length)
    for (const { title, first, last } of expected) {
      const event = events.find((e) => e.summary.endsWith(title))
      expect(event, title).toBeDefined()
      expect(event!.startDate.isDate).toBe(true)
      expect(event!.startDate.toString()).toBe(addDays('2025-12-29', first))
      expect(event!.endDate.toString()).toBe(addDays('2025-12-29', last + 1))
      expect(event!.description).toContain(absoluteUrl(site, staticRoutes.planner))
    }
    await expect(
      page.getByRole('status').filter({ hasText: 'Downloaded smp-aftercare-plan.ics' }).isVisible(),
    ).resolves.toBe(true)
    await context.close()
  })

  test('loads the calendar library only when the file is asked for', async () => {
    const context = await browser.newContext({ ...desktop, locale: 'en-GB' })
    const page = await context.newPage()
    const scripts: Promise<string>[] = []
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') scripts.push(response.text().catch(() => ''))
    })
    // X-PUBLISHED-TTL is written by the `ics` package's header code.
    const loadedIcs = async () => (await Promise.all(scripts)).some((js) => js.includes('X-PUBLISHED-TTL'))
    await page.goto(plannerUrl, { waitUntil: 'networkidle' })
    await dateInput(page).waitFor()
    await expect(loadedIcs()).resolves.toBe(false)
    await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Add to calendar' }).click()])
    await expect(loadedIcs()).resolves.toBe(true)
    await context.close()
  })

  test("today follows the device's own time zone; the plan's dates do not move", async () => {
    // 20:00 UTC on 3 December: already the 4th in Kolkata, still the 3rd in Los Angeles.
    const now = '2025-12-03T20:00:00Z'
    const seen: Record<string, { summary: string; wash: string | null }> = {}
    for (const timezoneId of ['America/Los_Angeles', 'Asia/Kolkata']) {
      const { context, page } = await open({ ...desktop, timezoneId, now })
      await dateInput(page).fill('2025-12-01')
      seen[timezoneId] = {
        summary: (await page.getByText(/^Today is day \d+ after your session\.$/).textContent()) ?? '',
        wash: await entry(page, washDay.title).textContent(),
      }
      await context.close()
    }
    expect(seen['America/Los_Angeles']?.summary).toBe('Today is day 2 after your session.')
    expect(seen['Asia/Kolkata']?.summary).toBe('Today is day 3 after your session.')
    expect(seen['America/Los_Angeles']?.wash).toBe(seen['Asia/Kolkata']?.wash)
  })

  test('remembers the date on this device after a reload, and ignores a bad saved value', async () => {
    const { context, page } = await open(desktop)
    await dateInput(page).fill('2025-11-20')
    await page.getByRole('radio', { name: 'Touch-up session' }).check()
    await page.reload({ waitUntil: 'networkidle' })
    await expect(dateInput(page).inputValue()).resolves.toBe('2025-11-20')
    await expect(page.getByRole('radio', { name: 'Touch-up session' }).isChecked()).resolves.toBe(true)
    await page.evaluate(
      (key) => localStorage.setItem(key, '{"sessionDate":"2025-13-45","session":"1"}'),
      plannerStorageKey,
    )
    await page.reload({ waitUntil: 'networkidle' })
    const today = await page.evaluate(() => new Date().toLocaleDateString('en-CA'))
    await expect(dateInput(page).inputValue()).resolves.toBe(today)
    await context.close()
  })

  test("prints the plan without the navigation or controls, ending with the clinic's contact and the page's address, on at most two pages", async () => {
    const { context, page } = await open({ ...desktop, now: '2025-12-04T10:00:00Z' })
    await dateInput(page).fill('2025-12-01')
    await page.emulateMedia({ media: 'print' })
    await expect(page.getByRole('navigation', { name: 'Main' }).isVisible()).resolves.toBe(false)
    await expect(page.locator('body > header').isVisible()).resolves.toBe(false)
    await expect(page.locator('body > footer').isVisible()).resolves.toBe(false)
    await expect(
      page
        .locator('form, button, input')
        .evaluateAll((all) => all.filter((el) => (el as HTMLElement).checkVisibility()).length),
    ).resolves.toBe(0)
    await expect(planHeading(page).isVisible()).resolves.toBe(true)
    await expect(entry(page, washDay.title).isVisible()).resolves.toBe(true)
    const footer = page.locator('[data-print-footer]')
    await expect(footer.isVisible()).resolves.toBe(true)
    const footerText = await footer.innerText()
    for (const detail of [absoluteUrl(site, staticRoutes.planner), site.name, site.phone, site.email])
      expect(footerText).toContain(detail)
    const pdf = await page.pdf({ format: 'A4' })
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0
    expect(pages).toBeGreaterThanOrEqual(1)
    expect(pages).toBeLessThanOrEqual(2)
    await context.close()
  })

  test('without JavaScript, shows the schedule in days from the session', async () => {
    const context = await browser.newContext({ ...phone, javaScriptEnabled: false })
    const page = await context.newPage()
    const response = await page.goto(plannerUrl)
    expect(response?.status()).toBe(200)
    await expect(page.getByText('Day 0 is the day of your session.').isVisible()).resolves.toBe(true)
    await expect(page.locator('p', { hasText: 'Day 0 is the day of your session.' }).innerText()).resolves.toContain(
      'Turn on JavaScript to see the plan with your own dates',
    )
    for (const item of schedule.items) {
      await expect(entry(page, item.title).first().textContent(), item.title).resolves.toContain(
        dayRangeLabel(item.firstDay, item.lastDay, english),
      )
    }
    // The planner's own form needs JavaScript (the header's site search is a plain form).
    await expect(page.locator('main input').count()).resolves.toBe(0)
    await context.close()
  })

  test("the server's version (before any script runs) has no axe violations", async () => {
    // axe needs JavaScript, so keep it on but stop the site's own scripts from loading.
    const context = await browser.newContext(phone)
    const page = await context.newPage()
    await page.route('**/*.js', (route) => route.abort())
    await page.goto(plannerUrl)
    await expect(page.getByText('Day 0 is the day of your session.').isVisible()).resolves.toBe(true)
    expect(await axeViolations(page)).toEqual([])
    await context.close()
  })
})

describe("the planner's address and links", () => {
  test.each([
    ['/aftercare', 200],
    ['/aftercare/planner', 200],
    ['/benefits/planner', 404],
    ['/aftercare/planner/extra', 404],
  ])('%s answers %i', async (path, status) => {
    const response = await fetch(`${baseUrl}${path}`)
    expect(response.status).toBe(status)
  })

  test.each(['/', '/aftercare'])('%s links to the planner, and the link opens it', async (path) => {
    const context = await browser.newContext(desktop)
    const page = await context.newPage()
    await page.goto(`${baseUrl}${path}`)
    const link = page
      .getByRole('complementary', { name: 'Your aftercare, day by day' })
      .getByRole('link', { name: 'Open the aftercare planner' })
    await expect(link.getAttribute('href')).resolves.toBe(staticRoutes.planner)
    await link.click()
    await page.waitForURL(plannerUrl)
    await expect(page.locator('h1').textContent()).resolves.toBe('Your aftercare plan')
    await context.close()
  })

  test('adds little JavaScript to the first load, compared with the lightest tool (documents load no framework to compare with)', async () => {
    const firstLoad = async (path: string) => {
      const context = await browser.newContext(desktop)
      const page = await context.newPage()
      const sizes = new Map<string, number>()
      page.on('response', async (response) => {
        if (response.request().resourceType() !== 'script') return
        const body = await response.body().catch(() => undefined)
        if (body) sizes.set(new URL(response.url()).pathname, gzipSync(body).length)
      })
      await page.goto(`${baseUrl}${path}`, { waitUntil: 'networkidle' })
      await context.close()
      return sizes
    }
    const home = await firstLoad('/links')
    const planner = await firstLoad(staticRoutes.planner)
    const extra = [...planner].filter(([script]) => !home.has(script)).reduce((sum, [, size]) => sum + size, 0)
    const total = [...planner.values()].reduce((sum, size) => sum + size, 0)
    console.log(
      `planner first-load JS: ${(total / 1024).toFixed(1)} KB gzipped, ${(extra / 1024).toFixed(1)} KB more than /links`,
    )
    expect(extra).toBeLessThan(20 * 1024)
  })
})
