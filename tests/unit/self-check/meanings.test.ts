import { describe, expect, it } from 'vitest'
import { evaluate, questions, questionsById, rules, type Answers } from '@/lib/candidacy'
import { answerMeanings, askedOnlyFor } from '@/lib/self-check/meanings'
import { harmless, scarsOnly } from '@/tests/fixtures/self-check'

const meanings = answerMeanings()
const optionOf = (questionId: string, value: string) =>
  meanings.find((m) => m.question.id === questionId)?.options.find((o) => o.value === value)
const rulesOf = (questionId: string, value: string) => optionOf(questionId, value)?.findings.map((f) => f.rule)

describe('answerMeanings', () => {
  it('has every question, in order', () => {
    expect(meanings.map((m) => m.question.id)).toEqual(questions.map((q) => q.id))
    for (const m of meanings) expect(m.question).toBe(questionsById[m.question.id])
  })

  it('has every option of every question, by value (the checklist looks up the words)', () => {
    for (const { question, options } of meanings) {
      expect(options.map(({ value }) => value)).toEqual(question.options.map(({ value }) => value))
    }
  })

  it('shows every rule under at least one answer', () => {
    const shown = new Set(meanings.flatMap((m) => m.options.flatMap((o) => o.findings.map((f) => f.rule))))
    expect([...shown].sort()).toEqual(rules.map((r) => r.id).sort())
  })

  it('each finding is the rule itself', () => {
    for (const option of meanings.flatMap((m) => m.options)) {
      for (const finding of option.findings) {
        const rule = rules.find((r) => r.id === finding.rule)!
        expect(finding).toEqual({ rule: rule.id, outcome: rule.outcome, learnMore: rule.learnMore })
      }
    }
  })

  // Every option of every question and what the checklist must show under it (contract version 3).
  const table: [string, string, string[]][] = [
    ['age', 'under-18', ['minor']],
    ['age', '18-or-over', []],
    ['concerns', 'receding-hairline', []],
    ['concerns', 'diffuse-thinning', []],
    ['concerns', 'bald-patches', []],
    ['concerns', 'complete-baldness', []],
    ['concerns', 'alopecia', ['alopecia-areata']],
    ['concerns', 'scars', []],
    ['concerns', 'birthmarks', []],
    ['concerns', 'none', ['no-visible-concern']],
    ['hairLossSigns', 'sudden', ['hair-loss-warning-signs']],
    ['hairLossSigns', 'new-patches', ['hair-loss-warning-signs']],
    ['hairLossSigns', 'itchy-or-sore', ['hair-loss-warning-signs']],
    ['hairLossSigns', 'none', []],
    ['causeKnown', 'yes', []],
    ['causeKnown', 'no', ['cause-unknown']],
    ['causeKnown', 'unsure', ['cause-unknown']],
    ['shavedLookOk', 'yes', []],
    ['shavedLookOk', 'no', ['shaved-look']],
    ['shavedLookOk', 'unsure', ['shaved-look']],
    ['scalpCondition', 'none', []],
    ['scalpCondition', 'controlled', ['controlled-scalp-condition']],
    ['scalpCondition', 'active', ['active-scalp-condition']],
    ['skinCancerHistory', 'no', []],
    ['skinCancerHistory', 'yes', ['skin-cancer-history']],
    ['skinCancerHistory', 'unsure', ['skin-cancer-history']],
    ['keloidProne', 'no', []],
    ['keloidProne', 'yes', ['keloid']],
    ['keloidProne', 'unsure', ['keloid']],
    ['bleedingRisk', 'no', []],
    ['bleedingRisk', 'yes', ['bleeding-risk']],
    ['bleedingRisk', 'unsure', ['bleeding-risk']],
    ['pigmentAllergy', 'no', []],
    ['pigmentAllergy', 'yes', ['pigment-allergy']],
    ['pigmentAllergy', 'unsure', ['pigment-allergy']],
    ['immune', 'no', []],
    ['immune', 'chemotherapy', ['chemotherapy']],
    ['immune', 'autoimmune-or-other', ['autoimmune']],
    ['immune', 'unsure', ['autoimmune']],
    ['pregnancy', 'no', []],
    ['pregnancy', 'pregnant', ['pregnancy']],
    ['pregnancy', 'breastfeeding', ['pregnancy']],
    ['pregnancy', 'unsure', ['pregnancy']],
    ['healingCondition', 'no', []],
    ['healingCondition', 'yes', ['healing-condition']],
    ['healingCondition', 'unsure', ['healing-condition']],
  ]

  it('the table covers every option of every question', () => {
    expect(table.map(([q, v]) => `${q}=${v}`).sort()).toEqual(
      questions.flatMap((q) => q.options.map((o) => `${q.id}=${o.value}`)).sort(),
    )
  })

  it.each(table)('%s = %s shows %j', (questionId, value, expected) => {
    expect(optionOf(questionId, value)).toBeDefined()
    expect(rulesOf(questionId, value)).toEqual(expected)
  })

  it.each([
    ['hairLossSigns', ['receding-hairline', 'diffuse-thinning', 'bald-patches', 'complete-baldness', 'alopecia']],
    ['causeKnown', ['receding-hairline', 'diffuse-thinning', 'bald-patches', 'complete-baldness', 'alopecia']],
    ['shavedLookOk', ['complete-baldness', 'alopecia']],
  ] as const)('says %s is asked only for %j', (id, values) => {
    expect(meanings.find((m) => m.question.id === id)?.askedOnlyFor).toEqual(values)
    expect(askedOnlyFor(id)).toEqual(values)
  })

  it('says nothing about who is asked the questions everyone is asked', () => {
    const conditional = ['hairLossSigns', 'causeKnown', 'shavedLookOk']
    for (const m of meanings.filter((m) => !conditional.includes(m.question.id))) {
      expect(m.askedOnlyFor, m.question.id).toBeUndefined()
    }
  })

  it('agrees with evaluate: each single-choice option alone on a harmless set fires exactly its findings', () => {
    expect(evaluate(scarsOnly).findings).toEqual([])
    expect(evaluate(harmless).findings).toEqual([])
    for (const { question, options } of meanings) {
      if (question.multiple || question.id === 'shavedLookOk') continue
      // causeKnown is asked only for hair loss (harmless: a receding hairline); the others of everyone.
      const base: Answers = question.id === 'causeKnown' ? harmless : scarsOnly
      for (const option of options) {
        const fired = evaluate({ ...base, [question.id]: option.value } as Answers).findings
        expect(option.findings, `${question.id} = ${option.value}`).toEqual(fired)
      }
    }
  })
})
