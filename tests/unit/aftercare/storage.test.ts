import { describe, expect, it } from 'vitest'
import { plannerStorageKey, readSavedChoice, serialiseChoice } from '@/lib/aftercare/storage'

describe('the saved choice', () => {
  it('round-trips a date and a session', () => {
    const raw = serialiseChoice({ sessionDate: '2025-12-01', session: 'touch-up' })
    expect(readSavedChoice(raw)).toEqual({ sessionDate: '2025-12-01', session: 'touch-up' })
    expect(plannerStorageKey).toMatch(/:v\d+$/)
  })

  it('still resumes what the planner saved before ongoing care (the saved format and key are unchanged)', () => {
    // A choice saved by the planner before this change: the plan's items changed, what is saved did not.
    expect(plannerStorageKey).toBe('smp-aftercare-planner:v1')
    expect(readSavedChoice('{"sessionDate":"2025-11-24","session":"1"}')).toEqual({
      sessionDate: '2025-11-24',
      session: '1',
    })
  })

  it.each([
    ['nothing saved', null],
    ['not JSON', '{oops'],
    ['a list', '["2025-12-01","1"]'],
    ['null', 'null'],
    ['a string', '"2025-12-01"'],
    ['an impossible date', '{"sessionDate":"2025-02-30","session":"1"}'],
    ['a date and time', '{"sessionDate":"2025-12-01T00:00:00Z","session":"1"}'],
    ['a number for the session', '{"sessionDate":"2025-12-01","session":1}'],
    ['an unknown session', '{"sessionDate":"2025-12-01","session":"4"}'],
    ['a missing session', '{"sessionDate":"2025-12-01"}'],
    ['an extra field', '{"sessionDate":"2025-12-01","session":"1","name":"Sam"}'],
  ])('ignores %s', (_, raw) => {
    expect(readSavedChoice(raw)).toBeUndefined()
  })
})
