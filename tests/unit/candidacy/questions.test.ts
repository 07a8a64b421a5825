import { describe, expect, it } from 'vitest'
import { questions, questionsById } from '@/lib/candidacy'
import { learnMorePattern, specQuestions, unsureAdded } from '@/tests/support/candidacy-spec'

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

  it('only lets concerns and hairLossSigns take several answers, each with an exclusive "None of these" last', () => {
    const multiple = questions.filter((q) => q.multiple === true)
    expect(multiple.map((q) => q.id)).toEqual(['concerns', 'hairLossSigns'])
    for (const q of multiple) expect(q.options.at(-1)).toEqual({ value: 'none', label: 'None of these' })
  })

  it('asks hairLossSigns right after concerns', () => {
    const ids = questions.map((q) => q.id)
    expect(ids.indexOf('hairLossSigns')).toBe(ids.indexOf('concerns') + 1)
  })

  it.each(unsureAdded)('%s offers "I\'m not sure" as its last option', (id) => {
    expect(questionsById[id].options.at(-1)).toEqual({ value: 'unsure', label: "I'm not sure" })
  })

  it('labels "unsure" the same everywhere, and age has none', () => {
    for (const q of questions) {
      const unsure = q.options.find((o) => o.value === 'unsure')
      if (unsure) expect(unsure.label, q.id).toBe("I'm not sure")
    }
    expect(questionsById.age.options.map((o) => o.value)).not.toContain('unsure')
  })

  it('offers birthmarks as a concern', () => {
    expect(questionsById.concerns.options.find((o) => o.value === 'birthmarks')?.label).toMatch(/birthmark/i)
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
