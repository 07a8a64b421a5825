// The self-check in real Chromium against the production build: keyboard only, axe on every step,
// no network traffic while a person answers, the browser's Back button, reload, and no JavaScript.
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest'
import { optionLabel, questions, questionsById, rules, type QuestionId } from '@/lib/candidacy'
import { selfCheckLanguage } from '@/lib/i18n/words/self-check-language'
import { storageKey } from '@/lib/self-check/storage'
import { axeViolations } from '@/tests/support/browser/axe'
import { desktop, launchBrowser, phone, watchForErrors } from '@/tests/support/browser/browser'

// The English page's words (the Hindi page: self-check-hi.test.ts).
const en = selfCheckLanguage('en')
const qText = (id: QuestionId) => en.texts.questions[id].text
const resultTexts = en.words.results
const { stale: staleNotice, missingAnswer: missingAnswerNotice } = en.words.notices

const baseUrl = inject('baseUrl')
const selfCheckUrl = `${baseUrl}/self-check`
const startHeading = 'Am I a candidate for SMP?'
/** The card listing what to do before booking, grouped by advice. */
const beforeYouBook = 'Before you book'
let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

type Answers = Partial<Record<QuestionId, string | string[]>>

/**
 * All thirteen questions (complete baldness brings in hairLossSigns, causeKnown, then shavedLookOk); keloidProne
 * "I'm not sure" and a controlled scalp condition are things to talk through with a practitioner.
 */
const thirteenAnswers: Answers = {
  age: '18-or-over',
  concerns: ['complete-baldness', 'scars'],
  hairLossSigns: ['none'],
  causeKnown: 'yes',
  shavedLookOk: 'yes',
  scalpCondition: 'controlled',
  skinCancerHistory: 'no',
  keloidProne: 'unsure',
  bleedingRisk: 'no',
  pigmentAllergy: 'no',
  immune: 'no',
  pregnancy: 'no',
  healingCondition: 'no',
}
const thirteenIds = questions.map((q) => q.id)
/** A receding hairline: hairLossSigns and causeKnown are asked, shavedLookOk is not. */
const twelveIds = thirteenIds.filter((id) => id !== 'shavedLookOk')
/** Scars only: no conditional question is asked. */
const tenIds = twelveIds.filter((id) => id !== 'hairLossSigns' && id !== 'causeKnown')
const practitionerHeading = resultTexts.practitioner.heading

/** "Start now" is a plain link to the checklist; with JavaScript it starts the check. */
const startNow = (page: Page) => page.getByRole('link', { name: /Start now/ })
const allValues = questions.flatMap((q) => q.options.map((o) => o.value))

/** Opens the self-check and waits until the page has loaded and the island has hydrated. */
async function open(context: BrowserContext): Promise<Page> {
  const page = await context.newPage()
  await page.goto(selfCheckUrl, { waitUntil: 'networkidle' })
  await hydrated(page)
  return page
}

async function hydrated(page: Page) {
  // The island records the step in history.state once it has restored progress after hydration.
  await page.waitForFunction(
    () => (window.history.state as { selfCheckStep?: unknown } | null)?.selfCheckStep !== undefined,
  )
}

const h1Text = (page: Page) => page.locator('h1').textContent()

async function expectHeading(page: Page, text: string) {
  await expect.poll(() => h1Text(page), { timeout: 5000 }).toBe(text)
  await expect(page.locator('h1').count()).resolves.toBe(1)
}

/** The URL is always the bare page: no query string, no hash, no answer anywhere in it. */
function expectCleanUrl(page: Page) {
  const url = page.url()
  expect(url).toBe(selfCheckUrl)
  for (const value of allValues) expect(url).not.toContain(value)
}

type Focus = { tag: string; id: string; name: string | null; type: string | null; checked: boolean; text: string }

const focused = (page: Page): Promise<Focus> =>
  page.evaluate(() => {
    const element = document.activeElement as HTMLInputElement | null
    return {
      tag: element?.tagName ?? '',
      id: element?.id ?? '',
      name: element?.getAttribute('name') ?? null,
      type: element?.getAttribute('type') ?? null,
      checked: Boolean(element?.checked),
      text: (element?.textContent ?? '').trim(),
    }
  })

/** Presses Tab until the focused element matches; fails if it never does. */
async function tabTo(page: Page, what: string, match: (focus: Focus) => boolean, max = 40) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab')
    if (match(await focused(page))) return
  }
  throw new Error(`Tab never reached ${what}; focus ended on ${JSON.stringify(await focused(page))}`)
}

/** Chooses an answer with the keyboard only: arrow keys within a radio group, Space on checkboxes. */
async function chooseWithKeyboard(page: Page, id: QuestionId, answer: string | string[]) {
  const question = questionsById[id]
  const values = question.options.map((o) => o.value as string)
  if (question.multiple) {
    const chosen = values.filter((v) => (answer as string[]).includes(v))
    for (const value of chosen) {
      await tabTo(page, `the "${value}" checkbox`, (f) => f.id === `${id}-${value}`)
      await page.keyboard.press('Space')
      await expect(focused(page)).resolves.toMatchObject({ id: `${id}-${value}`, checked: true })
    }
    return
  }
  await tabTo(page, `the ${id} radios`, (f) => f.name === id && f.type === 'radio')
  let index = values.indexOf((await focused(page)).id.slice(id.length + 1))
  const target = values.indexOf(answer as string)
  expect(target).toBeGreaterThanOrEqual(0)
  while (index < target) {
    await page.keyboard.press('ArrowDown')
    index++
  }
  while (index > target) {
    await page.keyboard.press('ArrowUp')
    index--
  }
  if (!(await focused(page)).checked) await page.keyboard.press('Space')
  await expect(focused(page)).resolves.toMatchObject({ id: `${id}-${answer}`, checked: true })
}

async function pressContinue(page: Page) {
  await tabTo(page, 'Continue', (f) => f.tag === 'BUTTON' && f.text === 'Continue')
  await page.keyboard.press('Enter')
}

async function expectQuestion(page: Page, id: QuestionId, number: number, total: number) {
  await expectHeading(page, qText(id))
  // The question is the h1 inside the legend, with its position above it.
  await expect(page.locator('legend h1').textContent()).resolves.toBe(qText(id))
  await expect(page.locator('legend').innerText()).resolves.toContain(`Question ${number} of ${total}`)
}

const headingIsFocused = (page: Page) => page.evaluate(() => document.activeElement === document.querySelector('h1'))

/** Chooses answers with the mouse, for tests about something other than the keyboard. */
async function clickAnswer(page: Page, id: QuestionId, answer: string | string[]) {
  await expectHeading(page, qText(id))
  for (const value of Array.isArray(answer) ? answer : [answer]) {
    const label = optionLabel(en.texts.questions, id, value)
    await page.getByLabel(label, { exact: true }).check()
  }
  await page.getByRole('button', { name: 'Continue' }).click()
}

describe('self-check', () => {
  test('a keyboard-only run reaches a result, with no request leaving the page and no answer in the URL', async () => {
    const context = await browser.newContext(desktop)
    const page = await open(context)
    const errors = watchForErrors(page)
    const requests: string[] = []
    context.on('request', (request) => requests.push(`${request.resourceType()} ${request.method()} ${request.url()}`))

    await expectHeading(page, startHeading)
    await tabTo(page, 'Start now', (f) => f.text.startsWith('Start now'))
    await page.keyboard.press('Enter')

    // Question 1: Continue with nothing chosen shows the error summary, focused.
    await expectQuestion(page, 'age', 1, 10)
    expect(await headingIsFocused(page)).toBe(true)
    await pressContinue(page)
    // (Next's route announcer is also an alert, so look for ours by its text.)
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'There is a problem' }).count()).toBe(1)
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-labelledby'))).toBe(
      'error-summary-title',
    )
    // Choosing an answer after the error keeps focus on the answer.
    await chooseWithKeyboard(page, 'age', thirteenAnswers.age!)
    expectCleanUrl(page)
    await pressContinue(page)

    // Question 2, then the in-page Back link (Shift+Tab from the heading) and forward again.
    await expectQuestion(page, 'concerns', 2, 10)
    expect(await headingIsFocused(page)).toBe(true)
    await page.keyboard.press('Shift+Tab')
    await expect(focused(page)).resolves.toMatchObject({ tag: 'A', text: '‹ Back' })
    await page.keyboard.press('Enter')
    await expectQuestion(page, 'age', 1, 10)
    await expect(page.locator(`#age-${thirteenAnswers.age}`).isChecked()).resolves.toBe(true)
    expect(await headingIsFocused(page)).toBe(true)
    await pressContinue(page)

    // Then concerns, the warning signs and whether a doctor has said why (3 and 4 of 13: complete baldness is hair
    // loss), shavedLookOk, and the rest.
    for (const [index, id] of thirteenIds.slice(1).entries()) {
      const number = index + 2
      await expectQuestion(page, id, number, number <= 2 ? 10 : 13)
      expect(await headingIsFocused(page), `focus on the heading of ${id}`).toBe(true)
      expectCleanUrl(page)
      await chooseWithKeyboard(page, id, thirteenAnswers[id]!)
      await pressContinue(page)
    }

    // Check your answers: every answer with a Change link; change one with the keyboard and come back.
    await expectHeading(page, 'Check your answers')
    expect(await headingIsFocused(page)).toBe(true)
    for (const id of thirteenIds) {
      await expect(
        page.getByRole('button', { name: `Change your answer to: ${qText(id)}`, exact: true }).count(),
      ).resolves.toBe(1)
    }
    const changeKeloid = `Change your answer to: ${qText('keloidProne')}`
    await tabTo(page, 'the keloidProne Change link', (f) => f.tag === 'BUTTON' && f.text === changeKeloid)
    await page.keyboard.press('Enter')
    await expectQuestion(page, 'keloidProne', 8, 13)
    await chooseWithKeyboard(page, 'keloidProne', 'yes')
    await pressContinue(page)
    await expectHeading(page, 'Check your answers')
    const keloidAnswer = page.locator('dt', { hasText: qText('keloidProne') }).locator('xpath=following-sibling::dd[1]')
    await expect(keloidAnswer.textContent()).resolves.toBe('Yes')
    expectCleanUrl(page)

    await tabTo(page, 'See your result', (f) => f.tag === 'BUTTON' && f.text === 'See your result')
    await page.keyboard.press('Enter')
    await expectHeading(page, practitionerHeading)
    expect(await headingIsFocused(page)).toBe(true)
    await expect(page.getByRole('heading', { name: 'You may get thick, raised scars' }).count()).resolves.toBe(1)
    await expect(
      page.getByRole('heading', { name: 'You have a scalp condition that is under control' }).count(),
    ).resolves.toBe(1)
    await expect(page.getByRole('region', { name: beforeYouBook }).isVisible()).resolves.toBe(true)
    expectCleanUrl(page)

    // Anything lazy (a chunk, a prefetch) would show up within a moment of the last step.
    await page.waitForTimeout(1500)
    expect(requests).toEqual([])
    expect(errors).toEqual([])
    await context.close()
  })

  test('axe finds nothing on the start page, every step, the error states and the result (phone)', async () => {
    const context = await browser.newContext(phone)
    const page = await open(context)
    const errors = watchForErrors(page)
    const checked: string[] = []
    const axe = async (what: string) => {
      expect(await axeViolations(page), what).toEqual([])
      checked.push(what)
    }

    await axe('start page')
    await startNow(page).click()
    for (const id of thirteenIds) {
      await expectHeading(page, qText(id))
      await axe(id)
      if (id === 'age' || id === 'concerns' || id === 'hairLossSigns') {
        // The error state of a radio question and of both checkbox questions.
        await page.getByRole('button', { name: 'Continue' }).click()
        await expect.poll(() => page.getByRole('alert').filter({ hasText: 'There is a problem' }).count()).toBe(1)
        await axe(`${id} with an error`)
      }
      await clickAnswer(page, id, thirteenAnswers[id]!)
    }
    await expectHeading(page, 'Check your answers')
    await axe('check your answers')
    await page.getByRole('button', { name: 'See your result' }).click()
    await expectHeading(page, practitionerHeading)
    await expect(page.getByRole('region', { name: beforeYouBook }).isVisible()).resolves.toBe(true)
    await axe('result')
    expect(checked).toHaveLength(1 + 13 + 3 + 2)
    // Nothing wider than the phone's screen on the result either.
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    )
    expect(overflow).toBeLessThanOrEqual(0)
    expect(errors).toEqual([])
    await context.close()
  })

  test('axe finds nothing on a likely-suitable result', async () => {
    const context = await browser.newContext(desktop)
    const page = await open(context)
    await startNow(page).click()
    const harmless: Answers = {
      ...thirteenAnswers,
      concerns: ['receding-hairline'],
      shavedLookOk: undefined,
      scalpCondition: 'none',
      keloidProne: 'no',
    }
    for (const id of twelveIds) await clickAnswer(page, id, harmless[id]!)
    await page.getByRole('button', { name: 'See your result' }).click()
    await expectHeading(page, resultTexts['likely-suitable'].heading)
    await expect(page.getByText(beforeYouBook, { exact: true }).count()).resolves.toBe(0)
    expect(await axeViolations(page)).toEqual([])
    await context.close()
  })

  test("the browser's back and forward buttons move between steps, keeping answers and a bare URL", async () => {
    const context = await browser.newContext(phone)
    const page = await open(context)
    const errors = watchForErrors(page)
    await startNow(page).click()
    await clickAnswer(page, 'age', '18-or-over')
    await clickAnswer(page, 'concerns', ['alopecia'])
    // Alopecia areata brings in the warning-signs question (then causeKnown and shavedLookOk): 13 questions.
    await expectQuestion(page, 'hairLossSigns', 3, 13)
    expectCleanUrl(page)

    await page.goBack()
    await expectQuestion(page, 'concerns', 2, 13)
    await expect(page.locator('#concerns-alopecia').isChecked()).resolves.toBe(true)
    expectCleanUrl(page)
    await page.goBack()
    await expectQuestion(page, 'age', 1, 13)
    await expect(page.locator('#age-18-or-over').isChecked()).resolves.toBe(true)
    expectCleanUrl(page)
    await page.goBack()
    await expectHeading(page, startHeading)
    expectCleanUrl(page)

    await page.goForward()
    await expectQuestion(page, 'age', 1, 13)
    await page.goForward()
    await expectQuestion(page, 'concerns', 2, 13)
    // Change the answer so no conditional question applies: Continue skips past all three.
    await page.locator('#concerns-alopecia').uncheck()
    await page.getByLabel('Scars on my scalp', { exact: true }).check()
    await page.getByRole('button', { name: 'Continue' }).click()
    await expectQuestion(page, 'scalpCondition', 3, 10)
    await page.goBack()
    await expectQuestion(page, 'concerns', 2, 10)
    await expect(page.locator('#concerns-scars').isChecked()).resolves.toBe(true)
    await expect(page.locator('#concerns-alopecia').isChecked()).resolves.toBe(false)
    expectCleanUrl(page)
    expect(errors).toEqual([])
    await context.close()
  })

  test('back from the result returns to check-your-answers; nothing about the answers is in the URL or history URLs', async () => {
    const context = await browser.newContext(desktop)
    const page = await open(context)
    await startNow(page).click()
    for (const id of tenIds) await clickAnswer(page, id, { ...thirteenAnswers, concerns: ['scars'] }[id]!)
    await page.getByRole('button', { name: 'See your result' }).click()
    await expectHeading(page, practitionerHeading)
    expectCleanUrl(page)
    await page.goBack()
    await expectHeading(page, 'Check your answers')
    expectCleanUrl(page)
    // The in-page Back link goes to the last question.
    await page.getByRole('link', { name: '‹ Back' }).click()
    await expectQuestion(page, 'healingCondition', 10, 10)
    expectCleanUrl(page)
    await context.close()
  })

  test('reload mid-check resumes the same question with earlier answers kept', async () => {
    const context = await browser.newContext(phone)
    const page = await open(context)
    const errors = watchForErrors(page)
    await startNow(page).click()
    await clickAnswer(page, 'age', '18-or-over')
    await clickAnswer(page, 'concerns', ['complete-baldness'])
    await clickAnswer(page, 'hairLossSigns', ['sudden', 'new-patches'])
    await clickAnswer(page, 'causeKnown', 'no')
    await clickAnswer(page, 'shavedLookOk', 'no')
    await expectQuestion(page, 'scalpCondition', 6, 13)

    await page.reload({ waitUntil: 'networkidle' })
    await hydrated(page)
    await expectQuestion(page, 'scalpCondition', 6, 13)
    await expect(page.getByText(staleNotice).count()).resolves.toBe(0)
    await expect(page.getByText(missingAnswerNotice).count()).resolves.toBe(0)
    expectCleanUrl(page)

    // Still a working check after the reload: answer, then go back to the kept answer.
    await clickAnswer(page, 'scalpCondition', 'active')
    await expectQuestion(page, 'skinCancerHistory', 7, 13)
    await page.getByRole('link', { name: '‹ Back' }).click()
    await expectQuestion(page, 'scalpCondition', 6, 13)
    await expect(page.locator('#scalpCondition-active').isChecked()).resolves.toBe(true)
    expect(errors).toEqual([])
    await context.close()
  })

  test('a new tab starts afresh: progress is kept for this tab only', async () => {
    const context = await browser.newContext(desktop)
    const page = await open(context)
    await startNow(page).click()
    await clickAnswer(page, 'age', 'under-18')
    await expectQuestion(page, 'concerns', 2, 10)
    const other = await open(context)
    await expectHeading(other, startHeading)
    await expect(other.getByText(staleNotice).count()).resolves.toBe(0)
    await context.close()
  })

  test.each([
    ['not JSON', 'not json'],
    ['an unknown answer', '{"step":{"kind":"result"},"answers":{"age":"old"},"returnToCheck":false}'],
    [
      '"none" with another concern',
      '{"step":{"kind":"question","id":"scalpCondition"},"answers":{"age":"18-or-over","concerns":["none","scars"]},"returnToCheck":false}',
    ],
  ])('stored progress that no longer parses (%s) starts afresh with the notice, without errors', async (_, raw) => {
    const context = await browser.newContext(phone)
    const page = await open(context)
    const errors = watchForErrors(page)
    await page.evaluate(([key, value]) => sessionStorage.setItem(key!, value!), [storageKey, raw])
    await page.reload({ waitUntil: 'networkidle' })
    await hydrated(page)
    await expectHeading(page, startHeading)
    await expect(page.getByRole('status').filter({ hasText: staleNotice }).isVisible()).resolves.toBe(true)
    expect(await axeViolations(page)).toEqual([])
    await startNow(page).click()
    await expectQuestion(page, 'age', 1, 10)
    await expect(page.getByText(staleNotice).count()).resolves.toBe(0)
    expect(errors).toEqual([])
    await context.close()
  })

  test('a result saved by version 1, before the warning-signs question, asks the new questions with a notice and keeps every answer', async () => {
    const context = await browser.newContext(phone)
    const page = await open(context)
    const errors = watchForErrors(page)
    // What contract version 1 stored: the same key and shape, with no hairLossSigns (nor causeKnown, from version 3).
    const {
      hairLossSigns: _,
      causeKnown: __,
      ...v1Answers
    } = {
      ...thirteenAnswers,
      keloidProne: 'no',
      scalpCondition: 'none',
    }
    const raw = JSON.stringify({ step: { kind: 'result' }, answers: v1Answers, returnToCheck: false })
    await page.evaluate(([key, value]) => sessionStorage.setItem(key!, value!), [storageKey, raw])
    await page.reload({ waitUntil: 'networkidle' })
    await hydrated(page)
    await expectQuestion(page, 'hairLossSigns', 3, 13)
    await expect(page.getByRole('status').filter({ hasText: missingAnswerNotice }).isVisible()).resolves.toBe(true)
    expect(await axeViolations(page)).toEqual([])
    await clickAnswer(page, 'hairLossSigns', ['itchy-or-sore'])
    await expectQuestion(page, 'causeKnown', 4, 13)
    await clickAnswer(page, 'causeKnown', 'yes')
    // Straight back to check-your-answers, with every earlier answer kept.
    await expectHeading(page, 'Check your answers')
    await expect(page.getByText(missingAnswerNotice).count()).resolves.toBe(0)
    for (const id of thirteenIds) {
      await expect(
        page.getByRole('button', { name: `Change your answer to: ${qText(id)}`, exact: true }).count(),
      ).resolves.toBe(1)
    }
    await page.getByRole('button', { name: 'See your result' }).click()
    await expectHeading(page, resultTexts.doctor.heading)
    await expect(
      page.getByRole('heading', { name: 'Your hair loss has signs a doctor should check' }).count(),
    ).resolves.toBe(1)
    await expect(
      page
        .getByRole('link', { name: /Read more about: your hair loss has signs a doctor should check/ })
        .getAttribute('href'),
    ).resolves.toBe('/hair-loss-causes#warning-signs-to-see-a-doctor-about')
    expectCleanUrl(page)
    expect(errors).toEqual([])
    await context.close()
  })

  test('without JavaScript, every question and what each answer means are on the page, and Start jumps to them', async () => {
    const context = await browser.newContext({ ...phone, javaScriptEnabled: false })
    const page = await context.newPage()
    const response = await page.goto(selfCheckUrl)
    expect(response?.status()).toBe(200)
    await expectHeading(page, startHeading)
    const start = startNow(page)
    await expect(start.getAttribute('href')).resolves.toBe('#all-questions')
    const checklist = page.locator('#all-questions')
    await expect(checklist.count()).resolves.toBe(1)
    const text = (await checklist.innerText()).replace(/\s+/g, ' ')
    for (const question of questions) {
      expect(text, question.id).toContain(qText(question.id))
      for (const option of question.options) {
        const label = optionLabel(en.texts.questions, question.id, option.value)
        expect(text, `${question.id}: ${label}`).toContain(label)
      }
    }
    for (const rule of rules) expect(text, rule.id).toContain(en.texts.rules[rule.id].explanation)
    await expect(checklist.locator('h3').count()).resolves.toBe(questions.length)
    // (axe cannot run with JavaScript off; the same server-rendered start page and checklist are checked above.)

    await start.click()
    await page.waitForURL(`${selfCheckUrl}#all-questions`)
    const top = await checklist.evaluate((element) => element.getBoundingClientRect().top)
    expect(top).toBeGreaterThanOrEqual(0)
    expect(top).toBeLessThan(100)
    await context.close()
  })
})
