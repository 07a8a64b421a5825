import { describe, expect, it } from 'vitest'
import { questions, questionsById } from '@/lib/candidacy'
import { questionTexts } from '@/lib/i18n/words/self-check-questions'
import { learnMorePattern, specQuestions, unsureAdded } from '@/tests/support/candidacy-spec'

// The English words (the source every translation is made from), keyed by question id and option value.
const en = questionTexts.en
const labelOf = (id: keyof typeof en, value: string) => (en[id].options as Record<string, string>)[value]
const optionsOf = (id: keyof typeof en) =>
  questionsById[id].options.map((o) => ({ value: o.value, label: labelOf(id, o.value) }))

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
      expect(q?.options.find((o) => o.value === value)).toBeDefined()
      const label = labelOf(spec.id, value)
      expect(label?.trim()).toBeTruthy()
      // A label is for patients, not a copy of the machine value.
      expect(label).not.toBe(value)
    })

    it('has a question text, a hint and unique labels', () => {
      expect(en[spec.id].text.trim().endsWith('?')).toBe(true)
      expect(en[spec.id].hint.trim()).toBeTruthy()
      const labels = optionsOf(spec.id).map((o) => o.label)
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
    for (const q of multiple) expect(optionsOf(q.id).at(-1)).toEqual({ value: 'none', label: 'None of these' })
  })

  it('asks hairLossSigns right after concerns', () => {
    const ids = questions.map((q) => q.id)
    expect(ids.indexOf('hairLossSigns')).toBe(ids.indexOf('concerns') + 1)
  })

  it.each(unsureAdded)('%s offers "I\'m not sure" as its last option', (id) => {
    expect(optionsOf(id).at(-1)).toEqual({ value: 'unsure', label: "I'm not sure" })
  })

  it('labels "unsure" the same everywhere, and age has none', () => {
    for (const q of questions) {
      const unsure = optionsOf(q.id).find((o) => o.value === 'unsure')
      if (unsure) expect(unsure.label, q.id).toBe("I'm not sure")
    }
    expect(questionsById.age.options.map((o) => o.value)).not.toContain('unsure')
  })

  it('offers birthmarks as a concern', () => {
    expect(en.concerns.options.birthmarks).toMatch(/birthmark/i)
  })

  it('tells the patient they may choose several concerns', () => {
    expect(en.concerns.text).toBe('What would you like SMP to help with?')
    expect(en.concerns.hint).toBe('Choose all that apply.')
    expect(en.age.text).toBe('How old are you?')
  })

  it('is plain serialisable data (safe to pass to client components)', () => {
    expect(JSON.parse(JSON.stringify(questions))).toEqual(questions)
  })
})
