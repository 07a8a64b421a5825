// @vitest-environment jsdom
// The no-JavaScript checklist (server-rendered) and the rules list on the candidacy and
// contraindications articles: both rendered from lib/candidacy, with wording that fits each rule.
import { cleanup, render, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { optionLabel, questions, questionsById, rules, type QuestionId, type RuleId } from '@/lib/candidacy'
import { AnswerChecklist } from '@/components/self-check/AnswerChecklist'
import { RulesSummary } from '@/components/candidacy/RulesSummary'
import { selfCheckLanguage } from '@/lib/i18n/words/self-check-language'
import { ruleAdvice } from '@/lib/self-check/outcome-text'

const en = selfCheckLanguage('en')
const hi = selfCheckLanguage('hi')
const adviceText = en.words.advice
const qText = (id: QuestionId) => en.texts.questions[id].text
const labelOf = (id: QuestionId, value: string) => optionLabel(en.texts.questions, id, value)
const ruleText = (id: RuleId) => en.texts.rules[id]

const normalise = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ')

/** The checklist entry of one question: the list item under its numbered heading. */
const itemOf = (id: keyof typeof questionsById) =>
  screen
    .getAllByRole('heading', { level: 3 })
    .find((h) => normalise(h.textContent).endsWith(qText(id)))!
    .closest('li')!

describe('AnswerChecklist', () => {
  const renderChecklist = () => render(<AnswerChecklist locale="en" />)

  it('lists every question, in order, numbered, with every option', () => {
    renderChecklist()
    const section = document.getElementById('all-questions')!
    const headings = within(section)
      .getAllByRole('heading', { level: 3 })
      .map((h) => normalise(h.textContent))
    expect(headings).toEqual(questions.map((q, i) => `${i + 1}. ${qText(q.id)}`))
    const text = normalise(section.textContent)
    for (const q of questions)
      for (const o of q.options) expect(text, `${q.id}: ${o.value}`).toContain(labelOf(q.id, o.value))
  })

  it("shows every rule's explanation under an answer that raises it, labelled with what to do", () => {
    renderChecklist()
    const text = normalise(document.getElementById('all-questions')!.textContent)
    for (const rule of rules)
      expect(text, rule.id).toContain(`${adviceText[ruleAdvice[rule.id]].label}: ${ruleText(rule.id).explanation}`)
  })

  it('never labels the shaved-look finding "talk to a doctor"', () => {
    renderChecklist()
    const item = itemOf('shavedLookOk')
    expect(normalise(item.textContent)).toContain(
      `Talk it through with a practitioner: ${ruleText('shaved-look').explanation}`,
    )
    expect(normalise(item.textContent)).not.toMatch(/doctor/i)
  })

  it.each([
    [
      'hairLossSigns',
      ['A receding hairline', 'Thinning hair all over my head', 'Bald spots or patches', 'Complete baldness'],
    ],
    [
      'causeKnown',
      ['A receding hairline', 'Thinning hair all over my head', 'Bald spots or patches', 'Complete baldness'],
    ],
    ['shavedLookOk', ['Complete baldness']],
  ] as const)('says when %s is asked, naming the concerns', (id, some) => {
    renderChecklist()
    const item = itemOf(id)
    const note = within(item).getByText(/^Asked only if, in question 2, you chose any of:/)
    for (const label of [...some, labelOf('concerns', 'alopecia')]) {
      expect(note.textContent).toContain(`“${label}”`)
    }
    expect(note.textContent).not.toContain('Scars on my scalp')
    expect(note.textContent).not.toContain('birthmark')
  })

  it('says under "No" and "I\'m not sure" of causeKnown, and under alopecia areata, to see a doctor first', () => {
    renderChecklist()
    const cause = normalise(itemOf('causeKnown').textContent)
    expect(cause.match(/See a doctor first: See your family doctor about your hair loss first/g)).toHaveLength(2)
    const concerns = normalise(itemOf('concerns').textContent)
    expect(concerns).toContain(`See a doctor first: ${ruleText('alopecia-areata').explanation}`)
  })

  it('has a read-more link for every question', () => {
    renderChecklist()
    const links = within(document.getElementById('all-questions')!).getAllByRole('link', { name: /^Read more/ })
    expect(links.map((a) => a.getAttribute('href'))).toEqual(questions.map((q) => q.learnMore))
  })
})

describe('RulesSummary', () => {
  it('lists every rule once, grouped under a heading that fits it, with its link and explanation', () => {
    render(<RulesSummary locale="en" />)
    const section = screen.getByRole('region', { name: 'What the self-check looks at' })
    const groups = within(section).getAllByRole('heading', { level: 3 })
    expect(groups.map((h) => h.textContent)).toEqual([
      'Not usually offered',
      'Best to wait',
      'See a doctor first',
      'Talk it through with a practitioner',
    ])
    const seen: string[] = []
    for (const heading of groups) {
      const list = heading.nextElementSibling as HTMLElement
      for (const link of within(list).getAllByRole('link')) {
        const rule = rules.find((r) => ruleText(r.id).title === link.textContent)!
        expect(rule, link.textContent ?? '').toBeDefined()
        expect(adviceText[ruleAdvice[rule.id]].label).toBe(heading.textContent)
        expect(link).toHaveAttribute('href', rule.learnMore)
        expect(link.closest('li')).toHaveTextContent(ruleText(rule.id).explanation)
        seen.push(rule.id)
      }
    }
    expect(seen.sort()).toEqual(rules.map((r) => r.id).sort())
  })

  it.each(['cause-unknown', 'alopecia-areata', 'bleeding-risk'] as const)(
    'puts %s under "See a doctor first" (contract version 3)',
    (id) => {
      render(<RulesSummary locale="en" />)
      const link = screen.getByRole('link', { name: ruleText(id).title })
      expect(link.closest('div')!.querySelector('h3')!.textContent).toBe('See a doctor first')
    },
  )

  it('puts the shaved look under the practitioner, not a doctor', () => {
    render(<RulesSummary locale="en" />)
    const link = screen.getByRole('link', { name: ruleText('shaved-look').title })
    const group = link.closest('div')!.querySelector('h3')!
    expect(group.textContent).toBe('Talk it through with a practitioner')
  })
})

describe('AnswerChecklist in Hindi', () => {
  it('shows the Hindi questions, options and rule explanations, with links to the Hindi pages', () => {
    render(<AnswerChecklist locale="hi" />)
    const section = document.getElementById('all-questions')!
    expect(within(section).getByRole('heading', { level: 2 })).toHaveTextContent(hi.words.checklist.heading)
    const headings = within(section)
      .getAllByRole('heading', { level: 3 })
      .map((h) => normalise(h.textContent))
    expect(headings).toEqual(questions.map((q, i) => `${i + 1}. ${hi.texts.questions[q.id].text}`))
    const text = normalise(section.textContent)
    for (const q of questions)
      for (const o of q.options) expect(text).toContain(optionLabel(hi.texts.questions, q.id, o.value))
    for (const rule of rules) {
      expect(text, rule.id).toContain(
        `${hi.words.advice[ruleAdvice[rule.id]].label}: ${hi.texts.rules[rule.id].explanation}`,
      )
    }
    const links = within(section).getAllByRole('link')
    expect(links.map((a) => a.getAttribute('href'))).toEqual(questions.map((q) => `/hi${q.learnMore}`))
  })

  it('names the concerns in Hindi where a question is asked only for some, and shows the same findings as English', () => {
    render(<AnswerChecklist locale="hi" />)
    const hindi = [...document.querySelectorAll('[data-rule]')].map((p) => p.getAttribute('data-rule'))
    const notes = [...document.querySelectorAll('p')].filter((p) => p.textContent?.startsWith('यह सिर्फ़ तब पूछा जाता है'))
    // hairLossSigns, causeKnown and shavedLookOk.
    expect(notes).toHaveLength(3)
    for (const note of notes) {
      expect(note.textContent).toContain('सवाल 2 में')
      expect(note.textContent).toContain(`“${optionLabel(hi.texts.questions, 'concerns', 'alopecia')}”`)
      expect(note.textContent).not.toContain(optionLabel(hi.texts.questions, 'concerns', 'scars'))
    }
    cleanup()
    render(<AnswerChecklist locale="en" />)
    const english = [...document.querySelectorAll('[data-rule]')].map((p) => p.getAttribute('data-rule'))
    expect(hindi).toEqual(english)
  })

  it('writes its numbers in Devanagari digits when the clinic chooses them', () => {
    render(<AnswerChecklist locale="hi" digits="devanagari" />)
    const first = within(document.getElementById('all-questions')!).getAllByRole('heading', { level: 3 })[0]!
    expect(first.textContent).toMatch(/^१\. /)
    expect(document.getElementById('all-questions')!.textContent).not.toMatch(/[0-9]/)
  })
})

describe('RulesSummary in Hindi', () => {
  it('lists every rule in Hindi under the Hindi advice, linking to the Hindi pages and the Hindi self-check', () => {
    render(<RulesSummary locale="hi" />)
    const section = screen.getByRole('region', { name: hi.words.rulesSummary.heading })
    expect(within(section).getByRole('link', { name: hi.words.rulesSummary.link })).toHaveAttribute(
      'href',
      '/hi/self-check',
    )
    for (const rule of rules) {
      const link = within(section).getByRole('link', { name: hi.texts.rules[rule.id].title })
      expect(link).toHaveAttribute('href', `/hi${rule.learnMore}`)
      expect(link.closest('li')).toHaveTextContent(hi.texts.rules[rule.id].explanation)
      expect(link.closest('div')!.querySelector('h3')!.textContent).toBe(hi.words.advice[ruleAdvice[rule.id]].label)
    }
  })
})
