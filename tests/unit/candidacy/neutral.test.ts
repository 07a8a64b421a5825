// lib/candidacy/neutral.ts: the neutral answer sets, derived from each question's `neutral` answer.
import { describe, expect, it } from 'vitest'
import { clean } from '@/tests/support/candidacy-spec'
import {
  evaluate,
  neutralAnswers,
  neutralAnswersFor,
  parseAnswers,
  questions,
  questionsById,
  isQuestionApplicable,
} from '@/lib/candidacy'

describe('neutralAnswers', () => {
  it('is the set the answers page has always used', () => {
    expect(neutralAnswers).toEqual(clean)
  })

  it('is complete and valid, and raises nothing', () => {
    expect(parseAnswers(neutralAnswers).success).toBe(true)
    expect(evaluate(neutralAnswers)).toEqual({ outcome: 'likely-suitable', findings: [] })
  })

  it("takes each question's neutral answer, which is one of its own options", () => {
    for (const q of questions)
      expect(
        q.options.map((o) => o.value),
        q.id,
      ).toContain(q.neutral)
  })
})

describe('neutralAnswersFor', () => {
  it.each(questions.map((q) => q.id))('%s: a valid neutral set in which the question is asked', (id) => {
    const answers = neutralAnswersFor(id)
    expect(isQuestionApplicable(id, answers)).toBe(true)
    expect(parseAnswers(answers).success).toBe(true)
    expect(evaluate(answers).findings).toEqual([])
  })

  it('asks the shaving question by choosing the first concern that needs it', () => {
    expect(neutralAnswersFor('shavedLookOk')).toEqual({
      ...neutralAnswers,
      concerns: [questionsById.shavedLookOk.askedWhen.anyOf[0]],
      shavedLookOk: 'yes',
    })
    expect(neutralAnswersFor('age')).toBe(neutralAnswers)
  })
})
