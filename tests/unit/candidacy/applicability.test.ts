import { describe, expect, it } from 'vitest'
import {
  applicableQuestions,
  causeKnownConcerns,
  hairLossSignsConcerns,
  isQuestionApplicable,
  needsCauseKnownAnswer,
  needsHairLossSignsAnswer,
  needsShavedLookAnswer,
  questions,
  shavedLookConcerns,
  type PartialAnswers,
} from '@/lib/candidacy'
import { conditionalQuestions, hairLossConcerns, specQuestions, valuesOf } from '@/tests/support/candidacy-spec'

type Concerns = PartialAnswers['concerns']

// Every concern on its own, and some mixes, with the questions each brings in.
const cases: { concerns: Concerns; asks: { hairLossSigns: boolean; causeKnown: boolean; shavedLookOk: boolean } }[] = [
  { concerns: undefined, asks: { hairLossSigns: false, causeKnown: false, shavedLookOk: false } },
  { concerns: [], asks: { hairLossSigns: false, causeKnown: false, shavedLookOk: false } },
  ...valuesOf('concerns').map((value) => ({
    concerns: [value] as Concerns,
    asks: {
      hairLossSigns: (hairLossConcerns as readonly string[]).includes(value),
      causeKnown: (hairLossConcerns as readonly string[]).includes(value),
      shavedLookOk: value === 'complete-baldness' || value === 'alopecia',
    },
  })),
  { concerns: ['scars', 'birthmarks'], asks: { hairLossSigns: false, causeKnown: false, shavedLookOk: false } },
  {
    concerns: ['receding-hairline', 'diffuse-thinning', 'bald-patches', 'scars'],
    asks: { hairLossSigns: true, causeKnown: true, shavedLookOk: false },
  },
  { concerns: ['scars', 'alopecia'], asks: { hairLossSigns: true, causeKnown: true, shavedLookOk: true } },
  {
    concerns: ['birthmarks', 'complete-baldness'],
    asks: { hairLossSigns: true, causeKnown: true, shavedLookOk: true },
  },
]

describe('isQuestionApplicable', () => {
  describe.each(conditionalQuestions)('$id', ({ id }) => {
    it.each(cases)('with concerns $concerns: $asks', ({ concerns, asks }) => {
      const partial: PartialAnswers = concerns === undefined ? {} : { concerns }
      expect(isQuestionApplicable(id, partial)).toBe(asks[id])
    })
  })

  it.each(specQuestions.filter((q) => !conditionalQuestions.some((c) => c.id === q.id)).map((q) => q.id))(
    '%s always applies',
    (id) => {
      expect(isQuestionApplicable(id, {})).toBe(true)
      expect(isQuestionApplicable(id, { concerns: ['none'] })).toBe(true)
      expect(isQuestionApplicable(id, { concerns: ['alopecia'] })).toBe(true)
      expect(isQuestionApplicable(id, { concerns: ['birthmarks'] })).toBe(true)
    },
  )

  it('works with no answers yet', () => {
    expect(isQuestionApplicable('shavedLookOk')).toBe(false)
    expect(isQuestionApplicable('hairLossSigns')).toBe(false)
    expect(isQuestionApplicable('causeKnown')).toBe(false)
    expect(isQuestionApplicable('age')).toBe(true)
  })

  it('exports the concern lists of the contract', () => {
    expect([...hairLossSignsConcerns]).toEqual([...hairLossConcerns])
    expect([...causeKnownConcerns]).toEqual([...hairLossConcerns])
    expect([...shavedLookConcerns]).toEqual(['complete-baldness', 'alopecia'])
  })

  it.each([undefined, 'alopecia', [3], [null], ['none'], ['receding-hairline']] as unknown[])(
    'the needs… helpers are safe on any input (%j)',
    (input) => {
      const concerns = input as readonly string[] | undefined
      expect(needsHairLossSignsAnswer(concerns)).toBe(Array.isArray(input) && input.includes('receding-hairline'))
      expect(needsCauseKnownAnswer(concerns)).toBe(Array.isArray(input) && input.includes('receding-hairline'))
      expect(needsShavedLookAnswer(concerns)).toBe(false)
    },
  )
})

describe('applicableQuestions', () => {
  it.each(cases)('with concerns $concerns keeps table order', ({ concerns, asks }) => {
    const partial: PartialAnswers = concerns === undefined ? {} : { concerns }
    const expected = specQuestions
      .map((q) => q.id as string)
      .filter((id) => (id in asks ? asks[id as keyof typeof asks] : true))
    expect(applicableQuestions(partial).map((q) => q.id)).toEqual(expected)
  })

  it('asks hairLossSigns right after concerns, then causeKnown (contract version 3), before shavedLookOk', () => {
    const ids = applicableQuestions({ concerns: ['alopecia'] }).map((q) => q.id)
    expect(ids.slice(0, 5)).toEqual(['age', 'concerns', 'hairLossSigns', 'causeKnown', 'shavedLookOk'])
  })

  it('returns the question objects themselves', () => {
    const [first] = applicableQuestions({})
    expect(first).toBe(questions[0])
  })
})
