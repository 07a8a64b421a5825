// The Hindi planner (/hi/aftercare/planner) in real Chromium against the production build, in two page
// loads: a date entered gives the plan with Hindi dates, and "Add to calendar" downloads a Hindi .ics
// that ical.js reads back; and the page without JavaScript. The wording and digits are tested in
// tests/components/planner/AftercarePlanner-hi.test.tsx and tests/unit/aftercare/calendar-hi.test.ts.
import { readFileSync } from 'node:fs'
import ICAL from 'ical.js'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest'
import { dayRangeLabel } from '@/lib/aftercare/days'
import type { PlannerLanguage } from '@/lib/aftercare/language'
import { calendarEventCount, planFor } from '@/lib/aftercare/plan'
import { getContent } from '@/lib/content'
import { addDays, formatLongDate, formatShortDate } from '@/lib/dates'
import { withDigits } from '@/lib/i18n/digits'
import { plannerWords } from '@/lib/i18n/words/planner'
import { fixedPagesIn } from '@/lib/pages/directory'
import { absoluteUrl } from '@/lib/site/contact'
import { axeViolations } from '@/tests/support/browser/axe'
import { desktop, launchBrowser, phone, watchForErrors } from '@/tests/support/browser/browser'

const baseUrl = inject('baseUrl')
const page = fixedPagesIn('hi').planner
const { aftercareSchedule: schedule, site, digits } = getContent('hi')
const words = plannerWords.hi
const hindi: PlannerLanguage = { words, locale: 'hi', digits }
const style = { locale: 'hi', digits } as const
let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

describe('the Hindi aftercare planner', () => {
  test('a date entered gives the plan with Hindi dates, and "Add to calendar" downloads a Hindi .ics', async () => {
    const context = await browser.newContext({ ...phone, locale: 'hi-IN', acceptDownloads: true })
    const tab = await context.newPage()
    await tab.clock.setFixedTime(new Date('2025-12-04T06:00:00Z'))
    const errors = watchForErrors(tab)
    const response = await tab.goto(`${baseUrl}${page.path}`, { waitUntil: 'networkidle' })
    expect(response?.status()).toBe(200)
    await expect(tab.locator('html').getAttribute('lang')).resolves.toBe('hi')
    await expect(tab.locator('h1').textContent()).resolves.toBe('आपका आफ़्टरकेयर प्लान')

    const input = tab.getByLabel(words.dateLabel)
    await input.fill('2025-12-01')
    const heading = tab.getByRole('status').filter({ hasText: 'आपका प्लान' }).locator('p').first()
    await expect(heading.textContent()).resolves.toBe(
      `${formatLongDate('2025-12-01', style)} को आपके पहले सेशन के लिए आपका प्लान`,
    )
    await expect(tab.getByText(withDigits('आज आपके सेशन के बाद दिन 3 है।', digits)).isVisible()).resolves.toBe(true)
    const entries = planFor(schedule, '1')
    const later = entries.find(
      (e): e is typeof e & { firstDay: number } => e.kind === 'do' && typeof e.firstDay === 'number' && e.firstDay > 0,
    )!
    const item = tab.locator('li').filter({ has: tab.getByRole('heading', { level: 3, name: later.title }) })
    await expect(item.first().textContent()).resolves.toContain(
      formatShortDate(addDays('2025-12-01', later.firstDay), style),
    )
    await expect(item.first().textContent()).resolves.toContain(dayRangeLabel(later.firstDay, later.lastDay, hindi))
    expect(await axeViolations(tab)).toEqual([])

    const [download] = await Promise.all([
      tab.waitForEvent('download'),
      tab.getByRole('button', { name: words.addToCalendar }).click(),
    ])
    expect(download.suggestedFilename()).toBe(words.calendarFileName)
    const bytes = readFileSync((await download.path())!)
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
    // Folded by octets: no line over 75 bytes, and every line whole UTF-8.
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line, 'utf8'), line).toBeLessThanOrEqual(75)
    const calendar = new ICAL.Component(ICAL.parse(text))
    expect(String(calendar.getFirstPropertyValue('prodid'))).toMatch(/\/\/HI$/)
    const events = calendar.getAllSubcomponents('vevent')
    expect(events).toHaveLength(calendarEventCount(entries))
    for (const component of events) {
      const event = new ICAL.Event(component)
      expect(event.summary).toMatch(new RegExp(`^${words.eventTitlePrefix}`))
      expect(event.startDate.isDate).toBe(true)
      expect(component.getFirstPropertyValue('url')).toBe(absoluteUrl(site, page.path))
      expect(event.description).toContain(`और पढ़ें: ${site.url.replace(/\/$/, '')}/hi/`)
      expect(event.description).toContain(`आपका आफ़्टरकेयर प्लान: ${absoluteUrl(site, page.path)}`)
    }
    const first = new ICAL.Event(events[0]!)
    expect(first.description).toMatch(/[\u0900-\u097F]{3}/)
    await expect(
      tab
        .getByRole('status')
        .filter({ hasText: `${words.calendarFileName} डाउनलोड हो गई` })
        .isVisible(),
    ).resolves.toBe(true)
    expect(errors).toEqual([])
    await context.close()
  })

  test('without JavaScript, shows the Hindi schedule in days from the session', async () => {
    const context = await browser.newContext({ ...desktop, javaScriptEnabled: false })
    const tab = await context.newPage()
    const response = await tab.goto(`${baseUrl}${page.path}`)
    expect(response?.status()).toBe(200)
    await expect(tab.locator('html').getAttribute('lang')).resolves.toBe('hi')
    await expect(tab.getByText(withDigits(words.dayZero, digits)).isVisible()).resolves.toBe(true)
    await expect(tab.getByRole('heading', { level: 2, name: words.stageTitles.after }).isVisible()).resolves.toBe(true)
    await expect(tab.locator('main input').count()).resolves.toBe(0)
    await context.close()
  })
})
