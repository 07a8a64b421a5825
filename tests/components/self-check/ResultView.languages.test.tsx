// @vitest-environment jsdom
// The same answers give the same result in every language: for each rule (alone, and several at once), the
// Hindi result shows the same outcome, the same kind of result and the same findings in the same order as
// the English one (read from the data attributes ResultView writes), with each language's own words and
// with its links going to that language's pages. Only the words differ; `evaluate` is one function.
import { cleanup, render, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { evaluate, parseAnswers, rules, type Answers } from '@/lib/candidacy'
import { ResultView } from '@/components/self-check/ResultView'
import { selfCheckLanguage } from '@/lib/i18n/words/self-check-language'
import type { Locale } from '@/lib/i18n/locales'
import { invitesBooking, listsClinicContacts, resultKind } from '@/lib/self-check/outcome-text'
import { ruleAnswerSets, withAnswers } from '@/tests/support/candidacy-spec'

const contact = {
  name: 'Clinic',
  phone: '+91 98765 43210',
  whatsapp: '+919876543210',
  email: 'a@b.example',
  bookingUrl: '/contact',
}

afterEach(cleanup)

type Shown = { outcome: string | null; kind: string | null; findings: (string | null)[]; headings: string[] }

/** Renders the result in one language and reads back what it shows. */
function shown(locale: Locale, answers: Answers): Shown & { container: HTMLElement } {
  const language = selfCheckLanguage(locale)
  const evaluation = evaluate(answers)
  const { container } = render(
    <ResultView evaluation={evaluation} answers={answers} contact={contact} onRestart={() => {}} language={language} />,
  )
  const box = container.querySelector('[data-outcome]')!
  const result = {
    outcome: box.getAttribute('data-outcome'),
    kind: box.getAttribute('data-result-kind'),
    findings: [...container.querySelectorAll('li[data-rule]')].map((li) => li.getAttribute('data-rule')),
    headings: [...container.querySelectorAll('li[data-rule] h3')].map((h) => h.textContent ?? ''),
    container,
  }
  return result
}

const valid = (answers: Answers) => {
  const parsed = parseAnswers(answers)
  if (!parsed.success) throw new Error(parsed.error.message)
  return parsed.data
}

const cases: { name: string; answers: Answers; alone?: string }[] = [
  { name: 'nothing stands out', answers: withAnswers({}) },
  ...ruleAnswerSets.map(({ rule, answers }) => ({ name: rule, answers: withAnswers(answers), alone: rule })),
  {
    name: 'several rules at once',
    answers: withAnswers({ age: 'under-18', pregnancy: 'pregnant', keloidProne: 'unsure', hairLossSigns: ['sudden'] }),
  },
  {
    name: 'a doctor and a practitioner',
    answers: withAnswers({ concerns: ['complete-baldness'], shavedLookOk: 'unsure', skinCancerHistory: 'yes' }),
  },
]

describe('the same result in English and Hindi', () => {
  it('has a case for every rule', () => {
    expect(ruleAnswerSets.map((set) => set.rule)).toEqual(rules.map((rule) => rule.id))
  })

  it.each(cases)('$name', ({ answers, alone }) => {
    const checked = valid(answers)
    const evaluation = evaluate(checked)
    if (alone) expect(evaluation.findings.map((f) => f.rule)).toEqual([alone])
    const en = shown('en', checked)
    const enText = en.container.textContent
    cleanup()
    const hi = shown('hi', checked)

    // The same outcome, kind of result and findings, in the same order: what evaluate gave.
    expect(hi.outcome).toBe(evaluation.outcome)
    expect(en.outcome).toBe(evaluation.outcome)
    expect(hi.kind).toBe(resultKind(evaluation))
    expect(en.kind).toBe(hi.kind)
    expect(hi.findings).toEqual(evaluation.findings.map((f) => f.rule))
    expect(en.findings).toEqual(hi.findings)

    // Each language's own words.
    const hindi = selfCheckLanguage('hi')
    const page = within(hi.container)
    expect(page.getByRole('heading', { level: 1 })).toHaveTextContent(
      hindi.words.results[resultKind(evaluation)].heading,
    )
    expect(hi.headings).toEqual(evaluation.findings.map((f) => hindi.texts.rules[f.rule].title))
    expect(hi.container.textContent).not.toBe(enText)

    // Links to the Hindi pages: each finding's "read more" and the booking page; contact links stay as they are.
    for (const finding of evaluation.findings) {
      const item = hi.container.querySelector(`li[data-rule="${finding.rule}"]`)!
      expect(item.querySelector('a')).toHaveAttribute('href', `/hi${finding.learnMore}`)
    }
    // A booking link only where the result may invite booking (lib/self-check/outcome-text.ts), in neither language otherwise.
    const kind = resultKind(evaluation)
    if (invitesBooking(kind)) {
      expect(page.getByRole('link', { name: hindi.words.result.book })).toHaveAttribute('href', '/hi/contact')
    } else {
      expect(page.queryByRole('link', { name: hindi.words.result.book })).toBeNull()
      expect(hi.container.querySelector('a[href$="/contact"]')).toBeNull()
    }
    expect(page.getByText(hindi.words.result.next[kind].replace('{clinic}', contact.name))).toBeInTheDocument()
    if (listsClinicContacts(kind)) {
      expect(page.getByRole('link', { name: contact.phone }).getAttribute('href')).toMatch(/^tel:/)
    } else {
      expect(hi.container.querySelector('a[href^="tel:"]')).toBeNull()
    }
  })

  it('keeps a booking address on another site as it is', () => {
    const answers = withAnswers({})
    render(
      <ResultView
        evaluation={evaluate(answers)}
        answers={answers}
        contact={{ ...contact, bookingUrl: 'https://booking.example/smp' }}
        onRestart={() => {}}
        language={selfCheckLanguage('hi')}
      />,
    )
    expect(document.querySelector('a[href="https://booking.example/smp"]')).not.toBeNull()
  })
})
