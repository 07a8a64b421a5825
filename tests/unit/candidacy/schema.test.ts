import { describe, expect, it } from 'vitest'
import { answersSchema, parseAnswers } from '@/lib/candidacy'
import {
  alwaysRequiredSingle,
  clean,
  conditionalQuestions,
  hairLossConcerns,
  specQuestions,
  valuesOf,
} from '@/tests/support/candidacy-spec'

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

  it.each(specQuestions.filter((q) => !['concerns', 'hairLossSigns', 'shavedLookOk'].includes(q.id)))(
    'accepts every value of $id',
    ({ id, values }) => {
      for (const value of values) expect(parseAnswers({ ...clean, [id]: value }).success).toBe(true)
    },
  )

  it('accepts several different concerns', () => {
    const concerns = valuesOf('concerns').filter((v) => v !== 'none')
    expect(parseAnswers({ ...clean, concerns, shavedLookOk: 'yes' }).success).toBe(true)
  })

  it.each(valuesOf('hairLossSigns').map((v) => [v]))('accepts hairLossSigns %j', (...hairLossSigns) => {
    expect(parseAnswers({ ...clean, hairLossSigns }).success).toBe(true)
  })

  it('accepts several different warning signs', () => {
    expect(parseAnswers({ ...clean, hairLossSigns: ['sudden', 'new-patches', 'itchy-or-sore'] }).success).toBe(true)
  })

  it('is the same as answersSchema.safeParse', () => {
    expect(parseAnswers(clean)).toEqual(answersSchema.safeParse(clean))
  })
})

describe('parseAnswers: rejections name the question', () => {
  it.each(specQuestions.map((q) => q.id))('rejects an unknown value for %s', (id) => {
    const bad =
      id === 'concerns'
        ? ['receding-hairline', 'not-a-concern']
        : id === 'hairLossSigns'
          ? ['sudden', 'not-a-sign']
          : 'not-a-value'
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

  const multipleIds = ['concerns', 'hairLossSigns'] as const
  it.each(
    multipleIds.flatMap((id) =>
      valuesOf(id)
        .filter((v) => v !== 'none')
        .map((other) => ({ id, other })),
    ),
  )('rejects "none" together with $other in $id', ({ id, other }) => {
    for (const list of [
      ['none', other],
      [other, 'none'],
    ]) {
      const input = { ...clean, shavedLookOk: 'yes', [id]: list }
      const [issue] = expectRejectedFor(parseAnswers(input), id)
      expect(issue?.path).toEqual([id])
    }
  })

  it.each(multipleIds)('rejects an empty or non-list %s', (id) => {
    const [issue] = expectRejectedFor(parseAnswers({ ...clean, [id]: [] }), id)
    expect(issue?.path).toEqual([id])
    expectRejectedFor(parseAnswers({ ...clean, [id]: valuesOf(id)[0] }), id)
  })

  it.each([
    ['sudden', 'sudden'],
    ['none', 'none'],
    ['new-patches', 'itchy-or-sore', 'new-patches'],
  ])('rejects duplicate warning signs %j', (...hairLossSigns) => {
    expectRejectedFor(parseAnswers({ ...clean, hairLossSigns }), 'hairLossSigns')
  })

  it.each([
    ['scars', 'scars'],
    ['none', 'none'],
    ['alopecia', 'scars', 'alopecia'],
  ])('rejects duplicate concerns %j', (...concerns) => {
    const input = { ...clean, concerns, shavedLookOk: 'yes' }
    expectRejectedFor(parseAnswers(input), 'concerns')
  })

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
    // hairLossSigns and shavedLookOk do not apply without concerns, so they are not reported.
    expect(result.error?.issues.some((i) => i.path[0] === 'shavedLookOk')).toBe(false)
    expect(result.error?.issues.some((i) => i.path[0] === 'hairLossSigns')).toBe(false)
  })

  it('rejects unknown extra keys (a misspelt question id is not silently dropped)', () => {
    const result = parseAnswers({ ...clean, shavedLookOK: 'yes' })
    expect(result.success).toBe(false)
    expect(result.error?.issues.map((i) => i.message).join(' ')).toContain('shavedLookOK')
  })
})

describe('parseAnswers: hairLossSigns (asked only for hair-loss concerns)', () => {
  const without = (concerns: string[]) => {
    const { hairLossSigns: _, ...rest } = clean
    return { ...rest, concerns, shavedLookOk: 'yes' }
  }
  const concernSets = [
    ...valuesOf('concerns').map((v) => [v]),
    ['scars', 'birthmarks'],
    ['scars', 'receding-hairline'],
    ['birthmarks', 'alopecia'],
  ]
  const cases = concernSets.map((concerns) => ({
    concerns,
    required: concerns.some((c) => (hairLossConcerns as readonly string[]).includes(c)),
  }))

  it.each(cases)('with concerns $concerns is required: $required', ({ concerns, required }) => {
    const result = parseAnswers(without(concerns))
    if (required) {
      const [issue] = expectRejectedFor(result, 'hairLossSigns')
      expect(issue?.path).toEqual(['hairLossSigns'])
      expect(issue?.message).toContain(
        'receding-hairline, diffuse-thinning, bald-patches, complete-baldness or alopecia',
      )
    } else {
      expect(result.success).toBe(true)
    }
    // A valid answer is always accepted, whether or not the question applies.
    for (const value of valuesOf('hairLossSigns')) {
      expect(parseAnswers({ ...without(concerns), hairLossSigns: [value] }).success).toBe(true)
    }
  })

  it('is reported together with a missing causeKnown and shavedLookOk', () => {
    const { hairLossSigns: _, causeKnown: __, ...rest } = clean
    const result = parseAnswers({ ...rest, concerns: ['complete-baldness'] })
    for (const question of conditionalQuestions) expectRejectedFor(result, question.id)
  })

  it('still rejects a value that is not an option, even when it does not apply', () => {
    expectRejectedFor(parseAnswers({ ...clean, concerns: ['scars'], hairLossSigns: ['maybe'] }), 'hairLossSigns')
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

  it.each([['receding-hairline'], ['diffuse-thinning', 'bald-patches', 'scars'], ['birthmarks'], ['none']])(
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
