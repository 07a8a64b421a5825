import { describe, expect, it } from 'vitest'
import { questions, questionsById } from '@/lib/candidacy'
import { learnMorePattern, specQuestions } from './spec'

describe('questions', () => {
  it('come in the order of the answers table', () => {
    expect(questions.map((q) => q.id)).toEqual(specQuestions.map((s) => s.id))
  })

  it('can be looked up by id', () => {
    for (const q of questions) expect(questionsById[q.id]).toBe(q)
    expect(Object.keys(questionsById).sort()).toEqual(specQuestions.map((s) => s.id).sort())
  })

  describe.each(specQuestions)('$id', (spec) => {
    const q = questions.find((candidate) => candidate.id === spec.id)

    it('offers exactly the values in the answers table, in order', () => {
      expect(q?.options.map((o) => o.value)).toEqual(spec.values)
    })

    it.each(spec.values)('offers "%s" as an option with a plain label', (value) => {
      const option = q?.options.find((o) => o.value === value)
      expect(option).toBeDefined()
      expect(option?.label.trim()).not.toBe('')
      // A label is for patients, not a copy of the machine value.
      expect(option?.label).not.toBe(value)
    })

    it('has a question text, a hint and unique labels', () => {
      expect(q?.text.trim().endsWith('?')).toBe(true)
      expect(q?.hint?.trim()).toBeTruthy()
      const labels = q?.options.map((o) => o.label) ?? []
      expect(new Set(labels).size).toBe(labels.length)
    })

    it('links to the agreed learn-more anchor', () => {
      expect(q?.learnMore).toMatch(learnMorePattern)
      expect(q?.learnMore).toBe(spec.learnMore)
    })
  })

  it('only lets concerns take several answers', () => {
    const multiple = questions.filter((q) => q.multiple === true).map((q) => q.id)
    expect(multiple).toEqual(['concerns'])
  })

  it('tells the patient they may choose several concerns', () => {
    expect(questionsById.concerns.text).toBe('What would you like SMP to help with?')
    expect(questionsById.concerns.hint).toBe('Choose all that apply.')
    expect(questionsById.age.text).toBe('How old are you?')
  })

  it('is plain serialisable data (safe to pass to client components)', () => {
    expect(JSON.parse(JSON.stringify(questions))).toEqual(questions)
  })
})
