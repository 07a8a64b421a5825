import { describe, expect, it } from 'vitest'
import { evaluate, questions, questionsById, rules, type Answers } from '@/lib/candidacy'
import { answerMeanings } from '@/lib/self-check/meanings'
import { harmless } from './fixtures'

const meanings = answerMeanings()
const optionOf = (questionId: string, value: string) =>
  meanings.find((m) => m.question.id === questionId)?.options.find((o) => o.value === value)
const rulesOf = (questionId: string, value: string) => optionOf(questionId, value)?.findings.map((f) => f.rule)

describe('answerMeanings', () => {
  it('has every question, in order', () => {
    expect(meanings.map((m) => m.question.id)).toEqual(questions.map((q) => q.id))
    for (const m of meanings) expect(m.question).toBe(questionsById[m.question.id])
  })

  it('has every option of every question with its label', () => {
    for (const { question, options } of meanings) {
      expect(options.map(({ value, label }) => ({ value, label }))).toEqual(
        question.options.map(({ value, label }) => ({ value, label })),
      )
    }
  })

  it('shows every rule under at least one answer', () => {
    const shown = new Set(meanings.flatMap((m) => m.options.flatMap((o) => o.findings.map((f) => f.rule))))
    expect([...shown].sort()).toEqual(rules.map((r) => r.id).sort())
  })

  it('each finding is the rule itself, word for word', () => {
    for (const option of meanings.flatMap((m) => m.options)) {
      for (const finding of option.findings) {
        const rule = rules.find((r) => r.id === finding.rule)!
        expect(finding).toEqual({
          rule: rule.id,
          outcome: rule.outcome,
          title: rule.title,
          explanation: rule.explanation,
          learnMore: rule.learnMore,
        })
      }
    }
  })

  it.each([
    ['age', '18-or-over'],
    ['concerns', 'receding-hairline'],
    ['concerns', 'complete-baldness'],
    ['concerns', 'alopecia'],
    ['shavedLookOk', 'yes'],
    ['scalpCondition', 'none'],
    ['scalpCondition', 'controlled'],
    ['skinCancerHistory', 'no'],
    ['keloidProne', 'no'],
    ['immune', 'no'],
    ['pregnancy', 'no'],
    ['healingCondition', 'no'],
  ])('%s = %s is harmless: no findings', (questionId, value) => {
    expect(optionOf(questionId, value)).toBeDefined()
    expect(rulesOf(questionId, value)).toEqual([])
  })

  it.each([
    ['age', 'under-18', ['minor']],
    ['concerns', 'none', ['no-visible-concern']],
    ['shavedLookOk', 'no', ['shaved-look']],
    ['shavedLookOk', 'unsure', ['shaved-look']],
    ['scalpCondition', 'active', ['active-scalp-condition']],
    ['skinCancerHistory', 'yes', ['skin-cancer-history']],
    ['keloidProne', 'yes', ['keloid']],
    ['keloidProne', 'unsure', ['keloid']],
    ['bleedingRisk', 'yes', ['bleeding-risk']],
    ['pigmentAllergy', 'unsure', ['pigment-allergy']],
    ['immune', 'chemotherapy', ['chemotherapy']],
    ['immune', 'autoimmune-or-other', ['autoimmune']],
    ['pregnancy', 'pregnant', ['pregnancy']],
    ['pregnancy', 'breastfeeding', ['pregnancy']],
    ['healingCondition', 'yes', ['healing-condition']],
  ])('%s = %s shows %j', (questionId, value, expected) => {
    expect(rulesOf(questionId, value)).toEqual(expected)
  })

  it('agrees with evaluate: each single-choice option alone on a harmless set fires exactly its findings', () => {
    const base: Answers = { ...harmless, concerns: ['scars'] }
    expect(evaluate(base).findings).toEqual([])
    for (const { question, options } of meanings) {
      if (question.multiple || question.id === 'shavedLookOk') continue
      for (const option of options) {
        const fired = evaluate({ ...base, [question.id]: option.value } as Answers).findings
        expect(option.findings, `${question.id} = ${option.value}`).toEqual(fired)
      }
    }
  })
})
