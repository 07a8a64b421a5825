// @vitest-environment jsdom
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react'
import userEvent, { type UserEvent } from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  evaluate,
  optionLabel,
  parseAnswers,
  questions,
  questionsById,
  type Answers,
  type Evaluation,
  type QuestionId,
} from '@/lib/candidacy'
import { SelfCheck } from '@/components/self-check/SelfCheck'
import { selfCheckLanguage } from '@/lib/i18n/words/self-check-language'
import { serialise, storageKey } from '@/lib/self-check/storage'
import { resultText as resultTextIn } from '@/lib/self-check/outcome-text'
import type { FlowState } from '@/lib/self-check/flow'
import { harmless, harmlessIds } from '@/tests/fixtures/self-check'

// The English page's words, as components/self-check/SelfCheckPage.tsx passes them (the Hindi page: SelfCheck.hi.test.tsx).
const en = selfCheckLanguage('en')
const qText = (id: QuestionId) => en.texts.questions[id].text
const hintOf = (id: QuestionId) => en.texts.questions[id].hint
const ruleText = (rule: keyof typeof en.texts.rules) => en.texts.rules[rule]
const resultTexts = en.words.results
const resultText = (evaluation: Evaluation) => resultTextIn(evaluation, en.words)
const { stale: staleNotice, missingAnswer: missingAnswerNotice } = en.words.notices

const contact = { name: 'Clinic', phone: '+44 20 7946 0000', whatsapp: '+447700900123', email: 'a@b.example' }
const startHeading = 'Am I a candidate for SMP?'
const beforeYouBook = 'Before you book'
const firstSteps = en.words.result.firstSteps

function renderSelfCheck() {
  return render(<SelfCheck checklist={<p>checklist</p>} contact={contact} clinicName="Clinic" language={en} />)
}

const h1 = () => screen.getByRole('heading', { level: 1 })
const labelOf = (id: QuestionId, value: string) => optionLabel(en.texts.questions, id, value)
// The button reads "Change your answer to: <question>"; jsdom's name computation drops the space before
// the visually hidden part, so allow for that (the browser test checks the real name).
const changeName = (id: QuestionId) => new RegExp(`^Change ?your answer to: ${qText(id).replace(/[?()]/g, '\\$&')}$`)
const idOfHeading = (text: string | null) => questions.find((q) => qText(q.id) === text)?.id

// A plain link to the checklist (where it goes without JavaScript); with JavaScript it starts the check.
const startLink = () => screen.getByRole('link', { name: /Start now/ })

async function start(user: UserEvent) {
  await user.click(startLink())
}

async function continueOn(user: UserEvent) {
  await user.click(screen.getByRole('button', { name: 'Continue' }))
}

/** Answers the question on screen from `answers`, checking its heading, hint and progress line. */
async function answerCurrent(user: UserEvent, answers: Answers, total: number, seen: QuestionId[]) {
  const id = idOfHeading(h1().textContent)
  if (!id) throw new Error(`not a question: ${h1().textContent}`)
  seen.push(id)
  // Until concerns are answered nobody knows about the conditional questions, so the first two questions say "of 10".
  expect(screen.getByText(`Question ${seen.length} of ${seen.length <= 2 ? 10 : total}`)).toBeInTheDocument()
  expect(h1().closest('legend')).not.toBeNull()
  expect(screen.getByText(hintOf(id))).toBeInTheDocument()
  const value = answers[id]
  const values = Array.isArray(value) ? value : [value]
  for (const v of values) await user.click(screen.getByLabelText(labelOf(id, v as string)))
  await continueOn(user)
  return id
}

/** From the first question to check-your-answers; returns the questions asked, in order. */
async function answerAll(user: UserEvent, answers: Answers, total: number) {
  const seen: QuestionId[] = []
  for (let i = 0; i < 14 && h1().textContent !== 'Check your answers'; i++)
    await answerCurrent(user, answers, total, seen)
  expect(h1()).toHaveTextContent('Check your answers')
  return seen
}

async function runToResult(user: UserEvent, answers: Answers, total: number) {
  await start(user)
  const seen = await answerAll(user, answers, total)
  await user.click(screen.getByRole('button', { name: 'See your result' }))
  return seen
}

const stored = () => JSON.parse(sessionStorage.getItem(storageKey) ?? 'null') as FlowState | null

beforeEach(() => {
  sessionStorage.clear()
})
afterEach(() => {
  cleanup()
  vi.restoreAllMocks()
})

describe('start page', () => {
  it('shows the heading, the Start button and the checklist', () => {
    renderSelfCheck()
    expect(h1()).toHaveTextContent(startHeading)
    expect(startLink()).toHaveAttribute('href', '#all-questions')
    // A native link, not a link dressed up as a button.
    expect(startLink()).not.toHaveAttribute('role')
    expect(screen.queryByRole('button', { name: /Start now/ })).toBeNull()
    expect(screen.getByText('checklist')).toBeInTheDocument()
    expect(screen.queryByRole('status')).toBeNull()
  })

  it('Start goes to question 1 of 10 with the heading focused', async () => {
    const user = userEvent.setup()
    renderSelfCheck()
    await start(user)
    expect(h1()).toHaveTextContent(qText('age'))
    expect(screen.getByText('Question 1 of 10')).toBeInTheDocument()
    expect(document.activeElement).toBe(h1())
    expect(screen.getAllByRole('radio')).toHaveLength(2)
    expect(screen.getByRole('link', { name: /Back/ })).toBeInTheDocument()
    expect(screen.getByRole('group', { name: new RegExp(qText('age').replace('?', '\\?')) })).toBeInTheDocument()
  })
})

describe('a complete run', () => {
  it('likely-suitable: twelve questions in order, each heading focused, then the result with no card', async () => {
    const user = userEvent.setup()
    renderSelfCheck()
    await start(user)
    const seen: QuestionId[] = []
    for (let i = 0; i < 12; i++) {
      expect(document.activeElement).toBe(h1())
      await answerCurrent(user, harmless, 12, seen)
    }
    expect(seen).toEqual(harmlessIds)
    expect(seen.slice(2, 4)).toEqual(['hairLossSigns', 'causeKnown'])
    expect(h1()).toHaveTextContent('Check your answers')
    expect(document.activeElement).toBe(h1())
    // Every answer with a Change link.
    for (const id of harmlessIds) {
      expect(screen.getByRole('button', { name: changeName(id) })).toBeInTheDocument()
    }
    expect(screen.queryByText(qText('shavedLookOk'))).toBeNull()
    await user.click(screen.getByRole('button', { name: 'See your result' }))
    expect(h1()).toHaveTextContent(resultTexts['likely-suitable'].heading)
    expect(document.activeElement).toBe(h1())
    expect(screen.getByText(resultTexts['likely-suitable'].summary)).toBeInTheDocument()
    expect(screen.queryByText(beforeYouBook)).toBeNull()
    expect(screen.queryByRole('heading', { name: 'What your answers mean' })).toBeNull()
    // Next step, start again, print and copy.
    expect(screen.getByRole('heading', { name: 'What to do next' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: contact.phone })).toHaveAttribute('href', 'tel:+442079460000')
    expect(screen.getByRole('link', { name: 'Message us on WhatsApp' })).toHaveAttribute(
      'href',
      'https://wa.me/447700900123',
    )
    expect(screen.getByRole('link', { name: contact.email }).getAttribute('href')).toMatch(/^mailto:a@b\.example/)
    for (const name of ['Copy a summary', 'Print this page', 'Start again']) {
      expect(screen.getByRole('button', { name })).toBeInTheDocument()
    }
    expect(stored()?.step).toEqual({ kind: 'result' })
  })

  it('discuss-first: thirteen questions with hairLossSigns, causeKnown and shavedLookOk third to fifth, findings with links, and the card', async () => {
    const answers: Answers = {
      ...harmless,
      concerns: ['complete-baldness'],
      shavedLookOk: 'unsure',
      skinCancerHistory: 'yes',
    }
    const user = userEvent.setup()
    renderSelfCheck()
    const seen = await runToResult(user, answers, 13)
    expect(seen.slice(2, 5)).toEqual(['hairLossSigns', 'causeKnown', 'shavedLookOk'])
    expect(seen).toHaveLength(13)
    const evaluation = evaluate(parseAnswers(answers).data!)
    expect(evaluation.outcome).toBe('discuss-first')
    expect(h1()).toHaveTextContent(resultTexts.doctor.heading)
    const findings = screen.getByRole('region', { name: 'What your answers mean' })
    expect(within(findings).getAllByRole('listitem')).toHaveLength(evaluation.findings.length)
    for (const finding of evaluation.findings) {
      const item = within(findings)
        .getByRole('heading', { name: ruleText(finding.rule).title })
        .closest('li')!
      expect(item).toHaveTextContent(ruleText(finding.rule).explanation)
      expect(within(item).getByRole('link', { name: /Read more/ })).toHaveAttribute('href', finding.learnMore)
    }
    // A doctor first: the card does not talk of booking, and nothing invites it.
    const card = screen.getByRole('region', { name: firstSteps.doctor.heading })
    expect(
      within(card)
        .getAllByRole('heading')
        .map((h) => h.textContent),
    ).toEqual([firstSteps.doctor.heading, 'See a doctor first, because:', 'Talk these through with a practitioner:'])
    expect(screen.queryByText(beforeYouBook)).toBeNull()
    expect(screen.getByText(en.words.result.next.doctor.replace('{clinic}', 'Clinic'))).toBeInTheDocument()
    expect(
      within(card)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['you have had, or may have had, skin cancer', 'you may not want to keep your head shaved'])
  })

  it('warning signs: a doctor first, with the reason and a link to the warning signs', async () => {
    const answers: Answers = {
      ...harmless,
      concerns: ['diffuse-thinning', 'birthmarks'],
      hairLossSigns: ['sudden', 'new-patches'],
    }
    const user = userEvent.setup()
    renderSelfCheck()
    const seen = await runToResult(user, answers, 12)
    expect(seen[2]).toBe('hairLossSigns')
    expect(h1()).toHaveTextContent(resultTexts.doctor.heading)
    const item = screen.getByRole('heading', { name: 'Your hair loss has signs a doctor should check' }).closest('li')!
    expect(item).toHaveTextContent('See a doctor about your hair loss first')
    expect(within(item).getByRole('link', { name: /Read more/ })).toHaveAttribute(
      'href',
      '/hair-loss-causes#warning-signs-to-see-a-doctor-about',
    )
  })

  it('shaved look alone: a practitioner heading, never "talk to a doctor"', async () => {
    const answers: Answers = { ...harmless, concerns: ['complete-baldness'], shavedLookOk: 'no' }
    const user = userEvent.setup()
    renderSelfCheck()
    await runToResult(user, answers, 13)
    expect(h1()).toHaveTextContent(resultTexts.practitioner.heading)
    expect(h1().textContent).not.toMatch(/doctor/i)
    const card = screen.getByRole('region', { name: beforeYouBook })
    expect(
      within(card)
        .getAllByRole('heading')
        .map((h) => h.textContent),
    ).toEqual([beforeYouBook, 'Talk these through with a practitioner:'])
  })

  it.each([
    ['skinCancerHistory', 'You have had, or may have had, skin cancer'],
    ['bleedingRisk', 'You may bleed more easily'],
    ['immune', 'Something may affect your immune system'],
    ['causeKnown', 'You may not know yet why your hair is changing'],
    ['pregnancy', 'You are, or may be, pregnant or breastfeeding'],
    ['healingCondition', 'You may have a condition that slows healing'],
  ] as const)('"I\'m not sure" for %s raises "%s"', async (id, title) => {
    const answers = { ...harmless, [id]: 'unsure' } as Answers
    const user = userEvent.setup()
    renderSelfCheck()
    await runToResult(user, answers, 12)
    expect(h1()).toHaveTextContent(resultText(evaluate(answers)).heading)
    expect(screen.getByRole('heading', { name: title })).toBeInTheDocument()
  })

  it('wait: the card lists the reason to wait', async () => {
    const answers: Answers = { ...harmless, pregnancy: 'breastfeeding' }
    const user = userEvent.setup()
    renderSelfCheck()
    await runToResult(user, answers, 12)
    expect(h1()).toHaveTextContent(resultTexts.wait.heading)
    expect(screen.getByRole('heading', { name: 'You are, or may be, pregnant or breastfeeding' })).toBeInTheDocument()
    const card = screen.getByRole('region', { name: firstSteps.wait.heading })
    expect(within(card).getByRole('heading', { name: 'It is best to wait, because:' })).toBeInTheDocument()
    expect(within(card).getByText('you are, or may be, pregnant or breastfeeding')).toBeInTheDocument()
  })

  it('not-suitable: states the outcome and the finding', async () => {
    const user = userEvent.setup()
    renderSelfCheck()
    await runToResult(user, { ...harmless, age: 'under-18' }, 12)
    expect(h1()).toHaveTextContent(resultTexts['not-offered'].heading)
    expect(screen.getByRole('heading', { name: 'You are under 18' })).toBeInTheDocument()
    expect(screen.queryByText(beforeYouBook)).toBeNull()
    // An under-18 result never invites booking or lists the clinic's contacts: it says to talk to a doctor.
    const next = screen.getByRole('region', { name: 'What to do next' })
    expect(next).toHaveTextContent(en.words.result.next['not-offered'])
    expect(next).not.toHaveTextContent(/book/i)
    expect(within(next).queryByRole('link')).toBeNull()
  })

  it('never puts answers in the URL', async () => {
    const before = window.location.href
    const user = userEvent.setup()
    renderSelfCheck()
    await runToResult(user, { ...harmless, pregnancy: 'pregnant' }, 12)
    expect(window.location.href).toBe(before)
    expect(window.location.search).toBe('')
  })

  it('Start again clears the answers and shows the start page', async () => {
    const user = userEvent.setup()
    renderSelfCheck()
    await runToResult(user, harmless, 12)
    await user.click(screen.getByRole('button', { name: 'Start again' }))
    expect(h1()).toHaveTextContent(startHeading)
    expect(stored()).toEqual({ step: { kind: 'start' }, answers: {}, returnToCheck: false })
    await start(user)
    expect(h1()).toHaveTextContent(qText('age'))
    expect(screen.getByLabelText('18 or over')).not.toBeChecked()
  })

  it('Print this page calls window.print', async () => {
    const print = vi.fn()
    vi.stubGlobal('print', print)
    try {
      const user = userEvent.setup()
      renderSelfCheck()
      await runToResult(user, harmless, 12)
      await user.click(screen.getByRole('button', { name: 'Print this page' }))
      expect(print).toHaveBeenCalledOnce()
    } finally {
      vi.unstubAllGlobals()
    }
  })
})

describe('the error summary', () => {
  it('Continue with nothing chosen shows "There is a problem", focused, with a link to the first answer', async () => {
    const user = userEvent.setup()
    renderSelfCheck()
    await start(user)
    await continueOn(user)
    const alert = screen.getByRole('alert')
    expect(alert).toHaveTextContent('There is a problem')
    const summary = screen.getByText('There is a problem').closest('[tabindex="-1"]')
    expect(summary).not.toBeNull()
    expect(document.activeElement).toBe(summary)
    const link = within(alert).getByRole('link', { name: 'Select an answer' })
    expect(document.querySelector(link.getAttribute('href')!)).toBe(screen.getByLabelText('Under 18'))
    // The error is also by the field, and the field set is described by it.
    expect(screen.getByRole('group')).toHaveAccessibleDescription(
      new RegExp(`^${hintOf('age')} Error: ?Select an answer$`),
    )
    // Still on the same question.
    expect(h1()).toHaveTextContent(qText('age'))
  })

  it('choosing an answer after the error keeps focus on that answer, then Continue moves on', async () => {
    const user = userEvent.setup()
    renderSelfCheck()
    await start(user)
    await continueOn(user)
    const radio = screen.getByLabelText('18 or over')
    await user.click(radio)
    expect(radio).toBeChecked()
    expect(document.activeElement).toBe(radio)
    await continueOn(user)
    expect(h1()).toHaveTextContent(qText('concerns'))
    expect(screen.queryByRole('alert')).toBeNull()
  })

  it('a second Continue with nothing chosen moves focus back to the summary', async () => {
    const user = userEvent.setup()
    renderSelfCheck()
    await start(user)
    await continueOn(user)
    await user.tab()
    expect(document.activeElement).not.toBe(screen.getByText('There is a problem').closest('[tabindex="-1"]'))
    await continueOn(user)
    expect(screen.getAllByRole('alert')).toHaveLength(1)
    expect(document.activeElement).toBe(screen.getByText('There is a problem').closest('[tabindex="-1"]'))
  })

  it('the checkbox question asks to select all that apply, or none', async () => {
    const user = userEvent.setup()
    renderSelfCheck()
    await start(user)
    await user.click(screen.getByLabelText('18 or over'))
    await continueOn(user)
    await continueOn(user)
    expect(within(screen.getByRole('alert')).getByRole('link')).toHaveTextContent(
      'Select all that apply, or “None of these”',
    )
    expect(h1()).toHaveTextContent(qText('concerns'))
  })
})

describe('"None of these"', () => {
  it('unchecks every other concern, and choosing a concern unchecks it', async () => {
    const user = userEvent.setup()
    renderSelfCheck()
    await start(user)
    await user.click(screen.getByLabelText('18 or over'))
    await continueOn(user)
    expect(screen.getAllByRole('checkbox')).toHaveLength(questionsById.concerns.options.length)
    const receding = screen.getByLabelText('A receding hairline')
    const scars = screen.getByLabelText('Scars on my scalp')
    const none = screen.getByLabelText('None of these')
    await user.click(receding)
    await user.click(scars)
    expect(receding).toBeChecked()
    expect(scars).toBeChecked()
    await user.click(none)
    expect(none).toBeChecked()
    expect(receding).not.toBeChecked()
    expect(scars).not.toBeChecked()
    await user.click(scars)
    expect(scars).toBeChecked()
    expect(none).not.toBeChecked()
    // Unticking "None of these" leaves nothing chosen.
    await user.click(scars)
    await user.click(none)
    await user.click(none)
    expect(screen.getAllByRole('checkbox').filter((c) => (c as HTMLInputElement).checked)).toEqual([])
  })

  it('saves only "none" after choosing concerns and then none', async () => {
    const user = userEvent.setup()
    renderSelfCheck()
    await start(user)
    await user.click(screen.getByLabelText('18 or over'))
    await continueOn(user)
    await user.click(screen.getByLabelText('Complete baldness'))
    await user.click(screen.getByLabelText('None of these'))
    await continueOn(user)
    expect(stored()?.answers.concerns).toEqual(['none'])
    expect(h1()).toHaveTextContent(qText('scalpCondition'))
    expect(screen.getByText('Question 3 of 10')).toBeInTheDocument()
  })
})

describe('the warning-signs question', () => {
  it('comes after concerns for a kind of hair loss, with "None of these" exclusive', async () => {
    const user = userEvent.setup()
    renderSelfCheck()
    await start(user)
    await user.click(screen.getByLabelText('18 or over'))
    await continueOn(user)
    await user.click(screen.getByLabelText('A receding hairline'))
    await continueOn(user)
    expect(h1()).toHaveTextContent(qText('hairLossSigns'))
    expect(screen.getByText('Question 3 of 12')).toBeInTheDocument()
    expect(screen.getAllByRole('checkbox')).toHaveLength(questionsById.hairLossSigns.options.length)
    // Continue with nothing ticked asks for an answer: the question is required when it applies.
    await continueOn(user)
    expect(within(screen.getByRole('alert')).getByRole('link')).toHaveTextContent(
      'Select all that apply, or “None of these”',
    )
    const sudden = screen.getByLabelText(labelOf('hairLossSigns', 'sudden'))
    const patches = screen.getByLabelText(labelOf('hairLossSigns', 'new-patches'))
    const none = screen.getByLabelText('None of these')
    await user.click(sudden)
    await user.click(patches)
    await user.click(none)
    expect(none).toBeChecked()
    expect(sudden).not.toBeChecked()
    expect(patches).not.toBeChecked()
    await continueOn(user)
    expect(stored()?.answers.hairLossSigns).toEqual(['none'])
    expect(h1()).toHaveTextContent(qText('causeKnown'))
    expect(screen.getByText('Question 4 of 12')).toBeInTheDocument()
  })

  it.each([['scars'], ['birthmarks'], ['none']])('is not asked for %s only', async (concern) => {
    const user = userEvent.setup()
    renderSelfCheck()
    await start(user)
    await user.click(screen.getByLabelText('18 or over'))
    await continueOn(user)
    await user.click(screen.getByLabelText(labelOf('concerns', concern)))
    await continueOn(user)
    expect(h1()).toHaveTextContent(qText('scalpCondition'))
    expect(screen.getByText('Question 3 of 10')).toBeInTheDocument()
  })
})

describe('the question whether a doctor has said why (contract version 3)', () => {
  async function toCauseKnown(user: UserEvent, concern: string) {
    await start(user)
    await user.click(screen.getByLabelText('18 or over'))
    await continueOn(user)
    await user.click(screen.getByLabelText(labelOf('concerns', concern)))
    await continueOn(user)
    await user.click(screen.getByLabelText('None of these'))
    await continueOn(user)
  }

  it.each(['receding-hairline', 'diffuse-thinning', 'bald-patches', 'complete-baldness', 'alopecia'])(
    'comes right after the warning signs for %s, is required, and offers yes, no and not sure',
    async (concern) => {
      const user = userEvent.setup()
      renderSelfCheck()
      await toCauseKnown(user, concern)
      expect(h1()).toHaveTextContent('Has a doctor told you why your hair is changing?')
      expect(screen.getByText(hintOf('causeKnown'))).toBeInTheDocument()
      expect(screen.getAllByRole('radio')).toHaveLength(3)
      for (const value of ['yes', 'no', 'unsure']) {
        expect(screen.getByLabelText(labelOf('causeKnown', value))).toBeInTheDocument()
      }
      await continueOn(user)
      expect(within(screen.getByRole('alert')).getByRole('link')).toHaveTextContent('Select an answer')
      await user.click(screen.getByLabelText("I'm not sure"))
      await continueOn(user)
      expect(stored()?.answers.causeKnown).toBe('unsure')
      expect(h1()).not.toHaveTextContent(qText('causeKnown'))
    },
  )

  it.each([['scars'], ['birthmarks'], ['none']])('is not asked for %s only', async (concern) => {
    const user = userEvent.setup()
    renderSelfCheck()
    await start(user)
    await user.click(screen.getByLabelText('18 or over'))
    await continueOn(user)
    await user.click(screen.getByLabelText(labelOf('concerns', concern)))
    await continueOn(user)
    expect(h1()).toHaveTextContent(qText('scalpCondition'))
    expect(stored()?.answers).not.toHaveProperty('causeKnown')
  })
})

describe('Back', () => {
  it('the Back link returns to the previous question with its answer kept', async () => {
    const user = userEvent.setup()
    renderSelfCheck()
    await start(user)
    await user.click(screen.getByLabelText('18 or over'))
    await continueOn(user)
    await user.click(screen.getByLabelText('Scars on my scalp'))
    await continueOn(user)
    expect(h1()).toHaveTextContent(qText('scalpCondition'))
    await user.click(screen.getByRole('link', { name: /Back/ }))
    await waitFor(() => expect(h1()).toHaveTextContent(qText('concerns')))
    expect(screen.getByLabelText('Scars on my scalp')).toBeChecked()
    expect(screen.getByText('Question 2 of 10')).toBeInTheDocument()
    await user.click(screen.getByRole('link', { name: /Back/ }))
    await waitFor(() => expect(h1()).toHaveTextContent(qText('age')))
    expect(screen.getByLabelText('18 or over')).toBeChecked()
    await user.click(screen.getByRole('link', { name: /Back/ }))
    await waitFor(() => expect(h1()).toHaveTextContent(startHeading))
  })

  it('Back from check-your-answers returns to the last question', async () => {
    const user = userEvent.setup()
    renderSelfCheck()
    await start(user)
    await answerAll(user, harmless, 12)
    await user.click(screen.getByRole('link', { name: /Back/ }))
    await waitFor(() => expect(h1()).toHaveTextContent(qText('healingCondition')))
    expect(screen.getByLabelText('No')).toBeChecked()
    await continueOn(user)
    expect(h1()).toHaveTextContent('Check your answers')
  })
})

describe('Change from check-your-answers', () => {
  it('returns to check-your-answers after Continue, with the new answer', async () => {
    const user = userEvent.setup()
    renderSelfCheck()
    await start(user)
    await answerAll(user, harmless, 12)
    await user.click(screen.getByRole('button', { name: changeName('age') }))
    expect(h1()).toHaveTextContent(qText('age'))
    expect(document.activeElement).toBe(h1())
    expect(screen.getByLabelText('18 or over')).toBeChecked()
    await user.click(screen.getByLabelText('Under 18'))
    await continueOn(user)
    expect(h1()).toHaveTextContent('Check your answers')
    const row = screen.getByText(qText('age')).closest('div')!
    expect(row).toHaveTextContent('Under 18')
    await user.click(screen.getByRole('button', { name: 'See your result' }))
    expect(h1()).toHaveTextContent(resultTexts['not-offered'].heading)
  })

  it('asks shavedLookOk when a changed concern needs it, then returns to check-your-answers', async () => {
    const user = userEvent.setup()
    renderSelfCheck()
    await start(user)
    await answerAll(user, harmless, 12)
    await user.click(screen.getByRole('button', { name: changeName('concerns') }))
    await user.click(screen.getByLabelText(labelOf('concerns', 'alopecia')))
    await continueOn(user)
    expect(h1()).toHaveTextContent(qText('shavedLookOk'))
    expect(screen.getByText('Question 5 of 13')).toBeInTheDocument()
    await user.click(screen.getByLabelText('No'))
    await continueOn(user)
    expect(h1()).toHaveTextContent('Check your answers')
    expect(screen.getByRole('button', { name: changeName('shavedLookOk') })).toBeInTheDocument()
    const concernsRow = screen.getByText(qText('concerns')).closest('div')!
    expect(
      within(concernsRow)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['A receding hairline', labelOf('concerns', 'alopecia')])
  })

  it('drops the shaving answer when baldness is unticked', async () => {
    const user = userEvent.setup()
    renderSelfCheck()
    await start(user)
    await answerAll(user, { ...harmless, concerns: ['complete-baldness'], shavedLookOk: 'no' }, 13)
    expect(screen.getByText(qText('shavedLookOk'))).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: changeName('concerns') }))
    await user.click(screen.getByLabelText('Complete baldness'))
    await user.click(screen.getByLabelText('Bald spots or patches'))
    await continueOn(user)
    expect(h1()).toHaveTextContent('Check your answers')
    expect(screen.queryByText(qText('shavedLookOk'))).toBeNull()
    expect(screen.getByText(qText('hairLossSigns'))).toBeInTheDocument()
    expect(stored()?.answers).not.toHaveProperty('shavedLookOk')
    await user.click(screen.getByRole('button', { name: 'See your result' }))
    expect(h1()).toHaveTextContent(resultTexts['likely-suitable'].heading)
  })

  it('asks hairLossSigns and causeKnown when scars change to a kind of hair loss, and drops them again for birthmarks', async () => {
    const user = userEvent.setup()
    renderSelfCheck()
    await start(user)
    const { hairLossSigns: _, causeKnown: __, ...scars } = { ...harmless, concerns: ['scars'] } as Answers
    await answerAll(user, scars as Answers, 10)
    expect(screen.queryByText(qText('hairLossSigns'))).toBeNull()
    expect(screen.queryByText(qText('causeKnown'))).toBeNull()
    await user.click(screen.getByRole('button', { name: changeName('concerns') }))
    await user.click(screen.getByLabelText('Bald spots or patches'))
    await continueOn(user)
    expect(h1()).toHaveTextContent(qText('hairLossSigns'))
    expect(screen.getByText('Question 3 of 12')).toBeInTheDocument()
    await user.click(screen.getByLabelText(labelOf('hairLossSigns', 'itchy-or-sore')))
    await continueOn(user)
    expect(h1()).toHaveTextContent(qText('causeKnown'))
    await user.click(screen.getByLabelText('Yes'))
    await continueOn(user)
    expect(h1()).toHaveTextContent('Check your answers')
    await user.click(screen.getByRole('button', { name: changeName('concerns') }))
    await user.click(screen.getByLabelText('Bald spots or patches'))
    await user.click(screen.getByLabelText('A birthmark on my scalp'))
    await continueOn(user)
    expect(h1()).toHaveTextContent('Check your answers')
    expect(screen.queryByText(qText('hairLossSigns'))).toBeNull()
    expect(stored()?.answers).not.toHaveProperty('hairLossSigns')
    expect(stored()?.answers).not.toHaveProperty('causeKnown')
    await user.click(screen.getByRole('button', { name: 'See your result' }))
    expect(h1()).toHaveTextContent(resultTexts['likely-suitable'].heading)
  })
})

describe('saved progress', () => {
  const corrupted = [
    '{"step":{"kind":"result"},"answers":{"age":"old"},"returnToCheck":false}',
    'not json',
    '{"step":{"kind":"check"},"answers":{"age":"18-or-over","concerns":["none","scars"]},"returnToCheck":false}',
    '{"step":{"kind":"question","id":"age"},"answers":{},"returnToCheck":false,"extra":1}',
  ]

  it.each(corrupted)('%s: shows the start page with the notice, without throwing', async (raw) => {
    sessionStorage.setItem(storageKey, raw)
    const errors = vi.spyOn(console, 'error')
    expect(() => renderSelfCheck()).not.toThrow()
    expect(h1()).toHaveTextContent(startHeading)
    expect(screen.getByRole('status')).toHaveTextContent(staleNotice)
    expect(errors).not.toHaveBeenCalled()
    // The bad data is replaced by a fresh start.
    expect(stored()).toEqual({ step: { kind: 'start' }, answers: {}, returnToCheck: false })
    const user = userEvent.setup()
    await start(user)
    expect(h1()).toHaveTextContent(qText('age'))
    expect(screen.queryByText(staleNotice)).toBeNull()
  })

  it('resumes at the stored question with its answers kept', async () => {
    const state: FlowState = {
      step: { kind: 'question', id: 'keloidProne' },
      answers: {
        age: '18-or-over',
        concerns: ['alopecia'],
        hairLossSigns: ['none'],
        causeKnown: 'yes',
        shavedLookOk: 'yes',
        scalpCondition: 'controlled',
        skinCancerHistory: 'no',
      },
      returnToCheck: false,
    }
    sessionStorage.setItem(storageKey, serialise(state))
    renderSelfCheck()
    expect(h1()).toHaveTextContent(qText('keloidProne'))
    expect(screen.getByText('Question 8 of 13')).toBeInTheDocument()
    expect(screen.queryByText(staleNotice)).toBeNull()
    expect(document.title).toContain(qText('keloidProne'))
    const user = userEvent.setup()
    await user.click(screen.getByLabelText('No'))
    await continueOn(user)
    expect(h1()).toHaveTextContent(qText('bleedingRisk'))
    expect(stored()?.answers).toEqual({ ...state.answers, keloidProne: 'no' })
    await user.click(screen.getByRole('link', { name: /Back/ }))
    await waitFor(() => expect(h1()).toHaveTextContent(qText('keloidProne')))
    expect(screen.getByLabelText('No')).toBeChecked()
  })

  it('a stored result is shown again on return', () => {
    sessionStorage.setItem(
      storageKey,
      serialise({ step: { kind: 'result' }, answers: { ...harmless, bleedingRisk: 'yes' }, returnToCheck: false }),
    )
    renderSelfCheck()
    expect(h1()).toHaveTextContent(resultTexts.doctor.heading)
    expect(screen.getByRole('heading', { name: 'You may bleed more easily' })).toBeInTheDocument()
  })

  it('a result saved by version 1, without hairLossSigns, asks the new questions with a notice, then the result', async () => {
    const { hairLossSigns: _, causeKnown: __, ...v1Answers } = harmless
    sessionStorage.setItem(
      storageKey,
      JSON.stringify({ step: { kind: 'result' }, answers: { ...v1Answers, keloidProne: 'yes' }, returnToCheck: false }),
    )
    const errors = vi.spyOn(console, 'error')
    renderSelfCheck()
    expect(h1()).toHaveTextContent(qText('hairLossSigns'))
    expect(screen.getByRole('status')).toHaveTextContent(missingAnswerNotice)
    expect(screen.getByText('Question 3 of 12')).toBeInTheDocument()
    const user = userEvent.setup()
    await user.click(screen.getByLabelText('None of these'))
    await continueOn(user)
    expect(h1()).toHaveTextContent(qText('causeKnown'))
    await user.click(screen.getByLabelText('Yes'))
    await continueOn(user)
    expect(h1()).toHaveTextContent('Check your answers')
    expect(screen.queryByText(missingAnswerNotice)).toBeNull()
    await user.click(screen.getByRole('button', { name: 'See your result' }))
    expect(h1()).toHaveTextContent(resultTexts.practitioner.heading)
    expect(screen.getByRole('heading', { name: 'You may get thick, raised scars' })).toBeInTheDocument()
    expect(errors).not.toHaveBeenCalled()
  })

  it('a result saved by version 2, without causeKnown, asks it with the same notice, then the result', async () => {
    const { causeKnown: _, ...v2Answers } = harmless
    sessionStorage.setItem(
      storageKey,
      JSON.stringify({ step: { kind: 'result' }, answers: v2Answers, returnToCheck: false }),
    )
    renderSelfCheck()
    expect(h1()).toHaveTextContent(qText('causeKnown'))
    expect(screen.getByRole('status')).toHaveTextContent(missingAnswerNotice)
    expect(screen.getByText('Question 4 of 12')).toBeInTheDocument()
    const user = userEvent.setup()
    await user.click(screen.getByLabelText('No'))
    await continueOn(user)
    expect(h1()).toHaveTextContent('Check your answers')
    await user.click(screen.getByRole('button', { name: 'See your result' }))
    expect(h1()).toHaveTextContent(resultTexts.doctor.heading)
    expect(screen.getByRole('heading', { name: ruleText('cause-unknown').title })).toBeInTheDocument()
  })

  it('a stored result with missing answers goes to the first missing question, not a result', () => {
    sessionStorage.setItem(
      storageKey,
      '{"step":{"kind":"result"},"answers":{"age":"18-or-over"},"returnToCheck":false}',
    )
    renderSelfCheck()
    expect(h1()).toHaveTextContent(qText('concerns'))
  })

  it('keeps working when sessionStorage throws', async () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new Error('SecurityError')
    })
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new Error('QuotaExceededError')
    })
    renderSelfCheck()
    const user = userEvent.setup()
    await start(user)
    await user.click(screen.getByLabelText('18 or over'))
    await continueOn(user)
    expect(h1()).toHaveTextContent(qText('concerns'))
  })
})

describe('focus and title on each step change', () => {
  it('moves focus to the new heading and names the step in the title', async () => {
    const user = userEvent.setup()
    renderSelfCheck()
    await start(user)
    expect(document.activeElement).toBe(h1())
    expect(document.title).toBe(`${qText('age')} – Self-check | Clinic`)
    await user.click(screen.getByLabelText('Under 18'))
    await continueOn(user)
    expect(document.activeElement).toBe(h1())
    expect(h1()).toHaveTextContent(qText('concerns'))
    await user.click(screen.getByRole('link', { name: /Back/ }))
    await waitFor(() => expect(h1()).toHaveTextContent(qText('age')))
    expect(document.activeElement).toBe(h1())
  })
})

describe('copy a summary', () => {
  it('writes the summary with the outcome heading and every answer, and says so', async () => {
    const user = userEvent.setup()
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined)
    renderSelfCheck()
    const answers: Answers = { ...harmless, keloidProne: 'unsure' }
    await runToResult(user, answers, 12)
    await user.click(screen.getByRole('button', { name: 'Copy a summary' }))
    expect(writeText).toHaveBeenCalledOnce()
    const text = writeText.mock.calls[0]![0]
    expect(text).toContain(resultTexts.practitioner.heading)
    expect(text).toContain('You may get thick, raised scars')
    for (const id of harmlessIds) expect(text).toContain(qText(id))
    expect(text).toContain(`${qText('keloidProne')} I'm not sure`)
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Summary copied'))
  })

  it('shows the summary to copy by hand when the clipboard is refused', async () => {
    const user = userEvent.setup()
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new DOMException('denied', 'NotAllowedError'))
    renderSelfCheck()
    await runToResult(user, harmless, 12)
    await user.click(screen.getByRole('button', { name: 'Copy a summary' }))
    const box = await screen.findByLabelText('Your summary (select it and copy)')
    expect((box as HTMLTextAreaElement).value).toContain(resultTexts['likely-suitable'].heading)
    expect(screen.getByRole('status')).not.toHaveTextContent('Summary copied')
  })
})

describe('history', () => {
  it('records one history entry per step, so the browser back button moves between steps', async () => {
    const user = userEvent.setup()
    renderSelfCheck()
    const before = window.history.length
    await start(user)
    await user.click(screen.getByLabelText('18 or over'))
    await continueOn(user)
    expect(window.history.length).toBe(before + 2)
    expect(window.history.state).toMatchObject({ selfCheckStep: { kind: 'question', id: 'concerns' } })
    act(() => window.history.back())
    await waitFor(() => expect(h1()).toHaveTextContent(qText('age')))
    act(() => window.history.forward())
    await waitFor(() => expect(h1()).toHaveTextContent(qText('concerns')))
  })
})
