import { describe, expect, it } from 'vitest'
import { applicableQuestions, isQuestionApplicable, questions, type PartialAnswers } from '@/lib/candidacy'
import { specQuestions } from './spec'

const cases: { concerns: PartialAnswers['concerns']; asksShavedLook: boolean }[] = [
  { concerns: undefined, asksShavedLook: false },
  { concerns: [], asksShavedLook: false },
  { concerns: ['none'], asksShavedLook: false },
  { concerns: ['receding-hairline', 'diffuse-thinning', 'bald-patches', 'scars'], asksShavedLook: false },
  { concerns: ['complete-baldness'], asksShavedLook: true },
  { concerns: ['alopecia'], asksShavedLook: true },
  { concerns: ['scars', 'alopecia'], asksShavedLook: true },
]

describe('isQuestionApplicable', () => {
  it.each(cases)('shavedLookOk with concerns $concerns: $asksShavedLook', ({ concerns, asksShavedLook }) => {
    const partial: PartialAnswers = concerns === undefined ? {} : { concerns }
    expect(isQuestionApplicable('shavedLookOk', partial)).toBe(asksShavedLook)
  })

  it.each(specQuestions.filter((q) => q.id !== 'shavedLookOk').map((q) => q.id))(
    '%s always applies',
    (id) => {
      expect(isQuestionApplicable(id, {})).toBe(true)
      expect(isQuestionApplicable(id, { concerns: ['none'] })).toBe(true)
      expect(isQuestionApplicable(id, { concerns: ['alopecia'] })).toBe(true)
    },
  )

  it('works with no answers yet', () => {
    expect(isQuestionApplicable('shavedLookOk')).toBe(false)
    expect(isQuestionApplicable('age')).toBe(true)
  })
})

describe('applicableQuestions', () => {
  it.each(cases)('with concerns $concerns keeps table order', ({ concerns, asksShavedLook }) => {
    const partial: PartialAnswers = concerns === undefined ? {} : { concerns }
    const expected = specQuestions
      .map((q) => q.id as string)
      .filter((id) => asksShavedLook || id !== 'shavedLookOk')
    expect(applicableQuestions(partial).map((q) => q.id)).toEqual(expected)
  })

  it('returns the question objects themselves', () => {
    const [first] = applicableQuestions({})
    expect(first).toBe(questions[0])
  })
})
