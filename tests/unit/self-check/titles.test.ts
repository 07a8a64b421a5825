// lib/self-check/titles.ts: the tab title of each step.
import { describe, expect, it } from 'vitest'
import { questions } from '@/lib/candidacy'
import { stepTitle } from '@/lib/self-check/titles'

describe('stepTitle', () => {
  it('names the page of each step', () => {
    expect(stepTitle({ kind: 'start' })).toBe('Am I a candidate? Self-check')
    expect(stepTitle({ kind: 'check' })).toBe('Check your answers – Self-check')
    expect(stepTitle({ kind: 'result' })).toBe('Your result – Self-check')
  })

  it.each(questions.map((q) => [q.id, q.text] as const))('%s: the question itself', (id, text) => {
    expect(stepTitle({ kind: 'question', id })).toBe(`${text} – Self-check`)
  })
})
