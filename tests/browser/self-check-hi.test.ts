// The self-check in Hindi in real Chromium against the production build, in one page load: <html lang="hi">,
// the Hindi start page, a run with the mouse through every question to a result that gives the same
// outcome and findings as the English for the same answers, with its links going to the Hindi pages.
// (Table-driven checks over every rule are in tests/components/self-check/ResultView.languages.test.tsx.)
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest'
import { evaluate, optionLabel, questions, type Answers } from '@/lib/candidacy'
import { selfCheckLanguage } from '@/lib/i18n/words/self-check-language'
import { resultKind } from '@/lib/self-check/outcome-text'
import { axeViolations } from '@/tests/support/browser/axe'
import { launchBrowser, phone, watchForErrors } from '@/tests/support/browser/browser'
import { withAnswers } from '@/tests/support/candidacy-spec'

const baseUrl = inject('baseUrl')
const { words, texts } = selfCheckLanguage('hi')
let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

const h1Text = (page: Page) => page.locator('h1').textContent()

/** A doctor first (warning signs) and a practitioner (keloid scars): two findings, two kinds of advice. */
const answers: Answers = withAnswers({ hairLossSigns: ['sudden'], keloidProne: 'yes' })

describe('self-check in Hindi', () => {
  test('from /hi/self-check to a result in Hindi, with the English outcome and findings and Hindi links', async () => {
    const context = await browser.newContext(phone)
    const page = await context.newPage()
    const errors = watchForErrors(page)
    const response = await page.goto(`${baseUrl}/hi/self-check`, { waitUntil: 'networkidle' })
    expect(response?.status()).toBe(200)
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('hi')
    await expect(h1Text(page)).resolves.toBe(words.start.heading)
    await expect(page.locator('#all-questions h2').textContent()).resolves.toBe(words.checklist.heading)
    await page.waitForFunction(
      () => (window.history.state as { selfCheckStep?: unknown } | null)?.selfCheckStep !== undefined,
    )

    await page.getByRole('link', { name: new RegExp(`^${words.start.startNow}`) }).click()
    let number = 0
    for (const question of questions) {
      const answer = answers[question.id]
      if (answer === undefined) continue
      number++
      await expect.poll(() => h1Text(page)).toBe(texts.questions[question.id].text)
      await expect(page.locator('legend').innerText()).resolves.toContain(`में से सवाल ${number}`)
      for (const value of Array.isArray(answer) ? answer : [answer]) {
        await page.getByLabel(optionLabel(texts.questions, question.id, value), { exact: true }).check()
      }
      await page.getByRole('button', { name: words.question.continue }).click()
    }
    await expect.poll(() => h1Text(page)).toBe(words.check.heading)
    await page.getByRole('button', { name: words.check.seeResult }).click()

    const evaluation = evaluate(answers)
    await expect.poll(() => h1Text(page)).toBe(words.results[resultKind(evaluation)].heading)
    const box = page.locator('[data-outcome]')
    await expect(box.getAttribute('data-outcome')).resolves.toBe(evaluation.outcome)
    const findings = await page.locator('li[data-rule]').evaluateAll((items) => items.map((li) => li.dataset.rule))
    expect(findings).toEqual(evaluation.findings.map((f) => f.rule))
    expect(findings).toEqual(['hair-loss-warning-signs', 'keloid'])
    for (const finding of evaluation.findings) {
      const item = page.locator(`li[data-rule="${finding.rule}"]`)
      await expect(item.locator('h3').textContent()).resolves.toBe(texts.rules[finding.rule].title)
      await expect(item.locator('a').getAttribute('href')).resolves.toBe(`/hi${finding.learnMore}`)
    }
    await expect(page.title()).resolves.toContain(words.titles.result)
    expect(await axeViolations(page)).toEqual([])
    expect(page.url()).toBe(`${baseUrl}/hi/self-check`)
    expect(errors).toEqual([])
    await context.close()
  })
})
