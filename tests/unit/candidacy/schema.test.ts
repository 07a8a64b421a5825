import { describe, expect, it } from 'vitest'
import { answersSchema, parseAnswers } from '@/lib/candidacy'
import { alwaysRequiredSingle, clean, specQuestions, valuesOf } from './spec'

type Result = ReturnType<typeof parseAnswers>

/** Asserts the input was rejected with an issue about `questionId` that names it. */
function expectRejectedFor(result: Result, questionId: string) {
  expect(result.success).toBe(false)
  const issues = result.error?.issues ?? []
  const about = issues.filter((issue) => issue.path[0] === questionId)
  expect(about.length, `no issue with path[0] = ${questionId}: ${JSON.stringify(issues)}`).toBeGreaterThan(0)
  for (const issue of about) expect(issue.message).toContain(questionId)
  return about
}

const without = (key: string) => Object.fromEntries(Object.entries(clean).filter(([k]) => k !== key))

describe('parseAnswers: valid input', () => {
  it('accepts a clean set and returns it', () => {
    const result = parseAnswers(clean)
    expect(result.success).toBe(true)
    expect(result.data).toEqual(clean)
  })

  it.each(specQuestions.filter((q) => q.id !== 'concerns' && q.id !== 'shavedLookOk'))(
    'accepts every value of $id',
    ({ id, values }) => {
      for (const value of values) expect(parseAnswers({ ...clean, [id]: value }).success).toBe(true)
    },
  )

  it('accepts several different concerns', () => {
    const concerns = valuesOf('concerns').filter((v) => v !== 'none')
    expect(parseAnswers({ ...clean, concerns, shavedLookOk: 'yes' }).success).toBe(true)
  })

  it('is the same as answersSchema.safeParse', () => {
    expect(parseAnswers(clean)).toEqual(answersSchema.safeParse(clean))
  })
})

describe('parseAnswers: rejections name the question', () => {
  it.each(specQuestions.map((q) => q.id))('rejects an unknown value for %s', (id) => {
    const bad = id === 'concerns' ? ['receding-hairline', 'not-a-concern'] : 'not-a-value'
    const input = { ...clean, concerns: ['alopecia'], shavedLookOk: 'yes', [id]: bad }
    expectRejectedFor(parseAnswers(input), id)
  })

  it.each([...alwaysRequiredSingle, 'concerns'])('rejects a missing %s', (id) => {
    const [issue] = expectRejectedFor(parseAnswers(without(id)), id)
    expect(issue?.path).toEqual([id])
  })

  it.each([
    { name: 'a wrong type', value: 3 },
    { name: 'null', value: null },
    { name: 'a list', value: ['18-or-over'] },
  ])('rejects $name as an answer', ({ value }) => {
    expectRejectedFor(parseAnswers({ ...clean, age: value }), 'age')
  })

  it('rejects an empty concerns list', () => {
    const [issue] = expectRejectedFor(parseAnswers({ ...clean, concerns: [] }), 'concerns')
    expect(issue?.path).toEqual(['concerns'])
  })

  it('rejects concerns that is not a list', () => {
    expectRejectedFor(parseAnswers({ ...clean, concerns: 'scars' }), 'concerns')
  })

  it.each(valuesOf('concerns').filter((v) => v !== 'none'))('rejects "none" together with %s', (other) => {
    for (const concerns of [['none', other], [other, 'none']]) {
      const input = { ...clean, concerns, shavedLookOk: 'yes' }
      const [issue] = expectRejectedFor(parseAnswers(input), 'concerns')
      expect(issue?.path).toEqual(['concerns'])
    }
  })

  it.each([['scars', 'scars'], ['none', 'none'], ['alopecia', 'scars', 'alopecia']])(
    'rejects duplicate concerns %j',
    (...concerns) => {
      const input = { ...clean, concerns, shavedLookOk: 'yes' }
      expectRejectedFor(parseAnswers(input), 'concerns')
    },
  )

  it.each([
    { name: 'null', input: null },
    { name: 'undefined', input: undefined },
    { name: 'a string', input: 'answers' },
    { name: 'a number', input: 42 },
    { name: 'an array', input: [clean] },
  ])('rejects $name as the whole input', ({ input }) => {
    const result = parseAnswers(input)
    expect(result.success).toBe(false)
    expect(result.error?.issues[0]?.path).toEqual([])
    expect(result.error?.issues[0]?.message).toMatch(/answers/i)
  })

  it('reports every missing question for an empty object', () => {
    const result = parseAnswers({})
    for (const id of [...alwaysRequiredSingle, 'concerns']) expectRejectedFor(result, id)
    // shavedLookOk does not apply without concerns, so it is not reported.
    expect(result.error?.issues.some((i) => i.path[0] === 'shavedLookOk')).toBe(false)
  })

  it('rejects unknown extra keys (a misspelt question id is not silently dropped)', () => {
    const result = parseAnswers({ ...clean, shavedLookOK: 'yes' })
    expect(result.success).toBe(false)
    expect(result.error?.issues.map((i) => i.message).join(' ')).toContain('shavedLookOK')
  })
})

describe('parseAnswers: shavedLookOk', () => {
  it.each([['complete-baldness'], ['alopecia'], ['scars', 'alopecia']])(
    'is required when concerns are %j',
    (...concerns) => {
      const [issue] = expectRejectedFor(parseAnswers({ ...clean, concerns }), 'shavedLookOk')
      expect(issue?.path).toEqual(['shavedLookOk'])
      for (const value of valuesOf('shavedLookOk')) {
        expect(parseAnswers({ ...clean, concerns, shavedLookOk: value }).success).toBe(true)
      }
    },
  )

  it('is still reported when other answers are wrong too', () => {
    const result = parseAnswers({ ...clean, age: 'old', concerns: ['alopecia'] })
    expectRejectedFor(result, 'age')
    expectRejectedFor(result, 'shavedLookOk')
  })

  it.each([['receding-hairline'], ['diffuse-thinning', 'bald-patches', 'scars'], ['none']])(
    'is optional when concerns are %j, present or not',
    (...concerns) => {
      expect(parseAnswers({ ...clean, concerns }).success).toBe(true)
      for (const value of valuesOf('shavedLookOk')) {
        expect(parseAnswers({ ...clean, concerns, shavedLookOk: value }).success).toBe(true)
      }
    },
  )

  it('still rejects a value that is not an option, even when it does not apply', () => {
    expectRejectedFor(parseAnswers({ ...clean, shavedLookOk: 'maybe' }), 'shavedLookOk')
  })
})
