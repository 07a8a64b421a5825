// @vitest-environment jsdom
// The no-JavaScript checklist (server-rendered) and the rules list on the candidacy and
// contraindications articles: both rendered from lib/candidacy, with wording that fits each rule.
import { render, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { questions, questionsById, rules } from '@/lib/candidacy'
import { AnswerChecklist } from '@/components/self-check/AnswerChecklist'
import { RulesSummary } from '@/components/candidacy/RulesSummary'
import { adviceText, ruleAdvice } from '@/lib/self-check/outcome-text'

const normalise = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ')

/** The checklist entry of one question: the list item under its numbered heading. */
const itemOf = (id: keyof typeof questionsById) =>
  screen
    .getAllByRole('heading', { level: 3 })
    .find((h) => normalise(h.textContent).endsWith(questionsById[id].text))!
    .closest('li')!

describe('AnswerChecklist', () => {
  const renderChecklist = () => render(<AnswerChecklist />)

  it('lists every question, in order, numbered, with every option', () => {
    renderChecklist()
    const section = document.getElementById('all-questions')!
    const headings = within(section)
      .getAllByRole('heading', { level: 3 })
      .map((h) => normalise(h.textContent))
    expect(headings).toEqual(questions.map((q, i) => `${i + 1}. ${q.text}`))
    const text = normalise(section.textContent)
    for (const q of questions) for (const o of q.options) expect(text, `${q.id}: ${o.label}`).toContain(o.label)
  })

  it("shows every rule's explanation under an answer that raises it, labelled with what to do", () => {
    renderChecklist()
    const text = normalise(document.getElementById('all-questions')!.textContent)
    for (const rule of rules)
      expect(text, rule.id).toContain(`${adviceText[ruleAdvice[rule.id]].label}: ${rule.explanation}`)
  })

  it('never labels the shaved-look finding "talk to a doctor"', () => {
    renderChecklist()
    const item = itemOf('shavedLookOk')
    expect(normalise(item.textContent)).toContain(
      `Talk it through with a practitioner: ${rules.find((r) => r.id === 'shaved-look')!.explanation}`,
    )
    expect(normalise(item.textContent)).not.toMatch(/doctor/i)
  })

  it.each([
    [
      'hairLossSigns',
      ['A receding hairline', 'Thinning hair all over my head', 'Bald spots or patches', 'Complete baldness'],
    ],
    ['shavedLookOk', ['Complete baldness']],
  ] as const)('says when %s is asked, naming the concerns', (id, some) => {
    renderChecklist()
    const item = itemOf(id)
    const note = within(item).getByText(/^Asked only if, in question 2, you chose any of:/)
    for (const label of [...some, questionsById.concerns.options.find((o) => o.value === 'alopecia')!.label]) {
      expect(note.textContent).toContain(`“${label}”`)
    }
    expect(note.textContent).not.toContain('Scars on my scalp')
    expect(note.textContent).not.toContain('birthmark')
  })

  it('has a read-more link for every question', () => {
    renderChecklist()
    const links = within(document.getElementById('all-questions')!).getAllByRole('link', { name: /^Read more/ })
    expect(links.map((a) => a.getAttribute('href'))).toEqual(questions.map((q) => q.learnMore))
  })
})

describe('RulesSummary', () => {
  it('lists every rule once, grouped under a heading that fits it, with its link and explanation', () => {
    render(<RulesSummary />)
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
        const rule = rules.find((r) => r.title === link.textContent)!
        expect(rule, link.textContent ?? '').toBeDefined()
        expect(adviceText[ruleAdvice[rule.id]].label).toBe(heading.textContent)
        expect(link).toHaveAttribute('href', rule.learnMore)
        expect(link.closest('li')).toHaveTextContent(rule.explanation)
        seen.push(rule.id)
      }
    }
    expect(seen.sort()).toEqual(rules.map((r) => r.id).sort())
  })

  it('puts the shaved look under the practitioner, not a doctor', () => {
    render(<RulesSummary />)
    const link = screen.getByRole('link', { name: rules.find((r) => r.id === 'shaved-look')!.title })
    const group = link.closest('div')!.querySelector('h3')!
    expect(group.textContent).toBe('Talk it through with a practitioner')
  })
})
