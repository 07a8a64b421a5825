import { describe, expect, it } from 'vitest'
import { evaluate, outcomes, parseAnswers, questionsById, type Answers, type PartialAnswers } from '@/lib/candidacy'
import { answerLabels, answeredQuestions } from '@/lib/self-check/answers'
import { outcomeText } from '@/lib/self-check/outcome-text'
import { summaryText } from '@/lib/self-check/summary'
import { bald, harmless, tenIds } from './fixtures'

const valid = (answers: Answers) => {
  const parsed = parseAnswers(answers)
  if (!parsed.success) throw new Error(`fixture does not parse: ${parsed.error.message}`)
  return parsed.data
}

describe('answerLabels', () => {
  it('gives the label of a single answer', () => {
    expect(answerLabels(questionsById.age, { age: '18-or-over' })).toEqual(['18 or over'])
    expect(answerLabels(questionsById.immune, { immune: 'chemotherapy' })).toEqual(['Yes, I am having chemotherapy'])
  })

  it('gives every label of a multiple answer, in the order stored', () => {
    expect(answerLabels(questionsById.concerns, { concerns: ['receding-hairline', 'scars'] })).toEqual([
      'A receding hairline',
      'Scars on my scalp',
    ])
  })

  it('gives nothing for an unanswered question', () => {
    expect(answerLabels(questionsById.age, {})).toEqual([])
    expect(answerLabels(questionsById.concerns, { concerns: [] as never })).toEqual([])
  })
})

describe('answeredQuestions', () => {
  it('lists the ten asked questions in order, each with its label', () => {
    const rows = answeredQuestions(harmless)
    expect(rows.map((r) => r.question.id)).toEqual(tenIds)
    expect(rows.find((r) => r.question.id === 'scalpCondition')?.labels).toEqual(['No'])
  })

  it('lists shavedLookOk third when it was asked', () => {
    const rows = answeredQuestions(bald)
    expect(rows).toHaveLength(11)
    expect(rows[2]).toEqual({ question: questionsById.shavedLookOk, labels: ['Yes'] })
  })

  it('lists only what has been answered so far', () => {
    expect(answeredQuestions({ age: 'under-18', scalpCondition: 'active' }).map((r) => r.question.id)).toEqual([
      'age',
      'scalpCondition',
    ])
    expect(answeredQuestions({})).toEqual([])
  })

  it('never lists a kept answer to a question that was skipped', () => {
    // The schema keeps a valid shavedLookOk even when it does not apply; it was never asked, so it is not shown.
    const kept = { ...harmless, shavedLookOk: 'no' } satisfies PartialAnswers
    expect(parseAnswers(kept).success).toBe(true)
    expect(answeredQuestions(kept).map((r) => r.question.id)).not.toContain('shavedLookOk')
  })
})

describe('summaryText', () => {
  const cases: [string, Answers][] = [
    ['likely-suitable', harmless],
    ['discuss-first', { ...harmless, skinCancerHistory: 'yes', keloidProne: 'unsure' }],
    ['wait', { ...bald, shavedLookOk: 'no', pregnancy: 'pregnant' }],
    ['not-suitable', { ...harmless, age: 'under-18', scalpCondition: 'active' }],
  ]

  it('covers every outcome', () => {
    expect(cases.map(([outcome, answers]) => [outcome, evaluate(valid(answers)).outcome])).toEqual(
      outcomes.map((o) => [o, o]),
    )
  })

  it.each(cases)('%s: has every answered question with its answer, the outcome heading and every finding', (outcome, answers) => {
    const evaluation = evaluate(valid(answers))
    const text = summaryText(answers, evaluation)
    for (const { question, labels } of answeredQuestions(answers)) {
      expect(text).toContain(`${question.text} ${labels.join(', ')}`)
    }
    expect(text).toContain(`Result: ${outcomeText[evaluation.outcome].heading}`)
    expect(text).toContain(outcomeText[outcome as keyof typeof outcomeText].heading)
    for (const finding of evaluation.findings) expect(text).toContain(`- ${finding.title}`)
    expect(text).toContain('not a diagnosis')
  })

  it('has one line per answered question, so the count is exact', () => {
    const text = summaryText(bald, evaluate(valid(bald)))
    const questionLines = text.split('\n').filter((line) => line.includes('?'))
    expect(questionLines).toHaveLength(11)
  })

  it('lists every chosen concern', () => {
    const answers: Answers = { ...bald, concerns: ['receding-hairline', 'complete-baldness', 'scars'] }
    expect(summaryText(answers, evaluate(valid(answers)))).toContain(
      'What would you like SMP to help with? A receding hairline, Complete baldness, Scars on my scalp',
    )
  })

  it('has no line for a skipped question, even when an old answer was kept', () => {
    const kept: Answers = { ...harmless, shavedLookOk: 'unsure' }
    const text = summaryText(kept, evaluate(valid(kept)))
    expect(text).not.toContain(questionsById.shavedLookOk.text)
    expect(summaryText(harmless, evaluate(valid(harmless)))).not.toContain(questionsById.shavedLookOk.text)
  })

  it('names no finding when nothing stood out', () => {
    expect(summaryText(harmless, evaluate(valid(harmless)))).not.toMatch(/^- /m)
  })
})

describe('outcomeText', () => {
  it('has a distinct plain heading and summary for every outcome', () => {
    expect(Object.keys(outcomeText).sort()).toEqual([...outcomes].sort())
    const headings = outcomes.map((o) => outcomeText[o].heading)
    expect(new Set(headings).size).toBe(outcomes.length)
    for (const o of outcomes) {
      expect(outcomeText[o].heading.length).toBeGreaterThan(5)
      expect(outcomeText[o].summary.length).toBeGreaterThan(20)
    }
  })
})
