// lib/self-check/titles.ts: the tab title of each step, in each language.
import { describe, expect, it } from 'vitest'
import { questions } from '@/lib/candidacy'
import { selfCheckLanguage } from '@/lib/i18n/words/self-check-language'
import { stepTitle } from '@/lib/self-check/titles'

const en = selfCheckLanguage('en')
const hi = selfCheckLanguage('hi')

describe('stepTitle', () => {
  it('names the page of each step', () => {
    expect(stepTitle({ kind: 'start' }, en)).toBe('Am I a candidate? Self-check')
    expect(stepTitle({ kind: 'check' }, en)).toBe('Check your answers – Self-check')
    expect(stepTitle({ kind: 'result' }, en)).toBe('Your result – Self-check')
  })

  it.each(questions.map((q) => [q.id, en.texts.questions[q.id].text] as const))(
    '%s: the question itself',
    (id, text) => {
      expect(stepTitle({ kind: 'question', id }, en)).toBe(`${text} – Self-check`)
    },
  )

  it('names each step in Hindi, with the Hindi question', () => {
    expect(stepTitle({ kind: 'start' }, hi)).toBe('क्या SMP मेरे लिए है? सेल्फ़-चेक')
    expect(stepTitle({ kind: 'check' }, hi)).toBe('अपने जवाब जाँचें – सेल्फ़-चेक')
    expect(stepTitle({ kind: 'question', id: 'age' }, hi)).toBe(`${hi.texts.questions.age.text} – सेल्फ़-चेक`)
  })
})
