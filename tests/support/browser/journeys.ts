// The main things a patient does, as steps any browser test can replay against any server
// (`npm start` over out/, or a fixture site): each one checks that it got where it meant to go.
import type { Page } from 'playwright-core'
import { expect } from 'vitest'
import { evaluate, optionLabel, questions, type Answers } from '@/lib/candidacy'
import { getArticles, getContent } from '@/lib/content'
import { selfCheckLanguage } from '@/lib/i18n/words/self-check-language'
import { resultText } from '@/lib/self-check/outcome-text'
import { articlePath } from '@/lib/routes'
import { clean } from '@/tests/support/candidacy-spec'

const h1 = (page: Page) => page.locator('h1').textContent()

/** Home → the first topic card → its first section from "On this page". */
export async function homeToArticleSection(page: Page, baseUrl: string) {
  const article = getArticles()[0]!
  const section = article.headings.find((heading) => heading.level === 2)!
  await page.goto(`${baseUrl}/`, { waitUntil: 'networkidle' })
  await page.getByRole('link', { name: article.title, exact: true }).first().click()
  await page.waitForURL(`${baseUrl}${articlePath(article.slug)}`)
  await expect.poll(() => h1(page)).toBe(article.title)
  await page.locator('nav[aria-labelledby="on-this-page"]').locator(`a[href="#${section.id}"]`).click()
  await page.waitForURL(`${baseUrl}${articlePath(article.slug)}#${section.id}`)
  const top = await page.locator(`#${section.id}`).evaluate((element) => element.getBoundingClientRect().top)
  expect(top).toBeGreaterThanOrEqual(0)
  expect(top).toBeLessThan(200)
}

/** A shared link to one answer opens that answer. */
export async function faqDeepLink(page: Page, baseUrl: string) {
  const faq = getContent().faqs[0]!
  await page.goto(`${baseUrl}/faq#${faq.id}`, { waitUntil: 'networkidle' })
  await page.waitForFunction((id) => (document.getElementById(id) as HTMLDetailsElement | null)?.open === true, faq.id)
  await expect(page.locator(`details#${faq.id} > summary`).textContent()).resolves.toBe(faq.question)
}

/** Typing in the FAQ search box narrows the answers and says how many match. */
export async function faqFilter(page: Page, baseUrl: string) {
  await page.goto(`${baseUrl}/faq`, { waitUntil: 'networkidle' })
  await page.getByRole('searchbox', { name: 'Search the questions' }).fill('pain')
  await page.waitForFunction(() =>
    /^\d+ questions? match(es)?$/.test(document.querySelector('[role="search"] [role="status"]')?.textContent ?? ''),
  )
}

/** "Copy link" on an answer copies its address (the context needs clipboard permissions). */
export async function faqCopyLink(page: Page, baseUrl: string) {
  const faq = getContent().faqs[0]!
  await page.goto(`${baseUrl}/faq#${faq.id}`, { waitUntil: 'networkidle' })
  await page.waitForFunction((id) => (document.getElementById(id) as HTMLDetailsElement | null)?.open === true, faq.id)
  await page
    .locator(`details#${faq.id}`)
    .getByRole('button', { name: /^Copy link/ })
    .click()
  await page
    .locator(`details#${faq.id}`)
    .getByRole('status')
    .getByText('Link copied', { exact: true })
    .waitFor({ timeout: 5_000 })
  await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(`${baseUrl}/faq#${faq.id}`)
}

/**
 * The self-check from the start page to a result, with the mouse. The default answers ask twelve
 * questions (a receding hairline brings in the warning signs, answered "None of these", and whether a doctor
 * has said why, answered "Yes").
 */
export async function selfCheckToResult(page: Page, baseUrl: string, answers: Answers = clean) {
  const { words, texts } = selfCheckLanguage('en')
  await page.goto(`${baseUrl}/self-check`, { waitUntil: 'networkidle' })
  // The island records its step in history.state once it has hydrated.
  await page.waitForFunction(
    () => (window.history.state as { selfCheckStep?: unknown } | null)?.selfCheckStep !== undefined,
  )
  // "Start now" is a plain link to the checklist; with JavaScript it starts the check.
  await page.getByRole('link', { name: /^Start now/ }).click()
  for (const question of questions) {
    const answer = answers[question.id]
    if (answer === undefined) continue
    await expect.poll(() => h1(page)).toBe(texts.questions[question.id].text)
    for (const value of Array.isArray(answer) ? answer : [answer]) {
      const label = optionLabel(texts.questions, question.id, value)
      await page.getByLabel(label, { exact: true }).check()
    }
    await page.getByRole('button', { name: 'Continue' }).click()
  }
  await expect.poll(() => h1(page)).toBe('Check your answers')
  await page.getByRole('button', { name: 'See your result' }).click()
  await expect.poll(() => h1(page)).toBe(resultText(evaluate(answers), words).heading)
}

/** An unknown address answers 404 with the site's own page and a way home. */
export async function notFound(page: Page, baseUrl: string) {
  const response = await page.goto(`${baseUrl}/no-such-page`, { waitUntil: 'networkidle' })
  expect(response?.status()).toBe(404)
  await expect(h1(page)).resolves.toBe('Page not found')
  await expect(page.getByRole('link', { name: 'Go to the home page' }).getAttribute('href')).resolves.toBe('/')
}
