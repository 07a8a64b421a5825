import { describe, expect, it } from 'vitest'
import { plannerStorageKey, readSavedChoice, serialiseChoice } from '@/lib/aftercare/storage'

describe('the saved choice', () => {
  it('round-trips a date and a session', () => {
    const raw = serialiseChoice({ sessionDate: '2025-12-01', session: 'touch-up' })
    expect(readSavedChoice(raw)).toEqual({ sessionDate: '2025-12-01', session: 'touch-up' })
    expect(plannerStorageKey).toMatch(/:v\d+$/)
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
