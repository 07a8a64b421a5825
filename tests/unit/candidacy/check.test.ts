// The zod-free checks the browser uses must accept exactly what answersSchema accepts: both run over
// every concerns list and thousands of generated answer sets (valid, missing, misspelt, wrong types).
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import {
  answersSchema,
  isCompleteAnswers,
  isPartialAnswers,
  isQuestionId,
  isValidAnswer,
  parseAnswers,
  questions,
} from '@/lib/candidacy'
import { clean, specQuestions, valuesOf } from '@/tests/support/candidacy-spec'

// The partial schema storage.ts used before it stopped shipping zod: every answer optional.
const partialSchema = z.strictObject(
  Object.fromEntries(questions.map((q) => [q.id, answersSchema.shape[q.id].optional()])),
)

/** A small seeded random generator (mulberry32), so a failure can be reproduced. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const concernValues = valuesOf('concerns')
const multiple = new Set<string>(questions.filter((q) => q.multiple === true).map((q) => q.id))
const oddValues = [undefined, null, 3, true, '', 'not-a-value', {}, ['18-or-over'], 'none']

function generate(next: () => number): unknown {
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)] as T
  if (next() < 0.02) return pick([null, [], 'answers', 7])
  const answers: Record<string, unknown> = {}
  for (const { id, values } of specQuestions) {
    const roll = next()
    if (roll < 0.08) continue // missing
    if (multiple.has(id)) {
      if (roll < 0.14) answers[id] = pick(oddValues)
      else if (roll < 0.6) {
        // A list that is likely to be valid: "none" alone, or one or two distinct other values.
        const real = values.filter((v) => v !== 'none')
        const first = pick(real)
        answers[id] = next() < 0.2 ? ['none'] : next() < 0.5 ? [first] : [...new Set([first, pick(real)])]
      } else {
        const length = Math.floor(next() * 4)
        answers[id] = Array.from({ length }, () => (next() < 0.05 ? pick(oddValues) : pick(values)))
      }
    } else answers[id] = roll < 0.16 ? pick(oddValues) : pick(values)
  }
  if (next() < 0.03) answers[pick(['favouriteColour', 'constructor', '__proto__', 'toString'])] = 'x'
  return answers
}

describe('isCompleteAnswers and isPartialAnswers agree with answersSchema', () => {
  it('on every concerns list up to three choices, with and without hairLossSigns and shavedLookOk', () => {
    const lists: string[][] = [[]]
    for (let size = 0; size < 3; size++)
      for (const list of [...lists]) for (const value of concernValues) lists.push([...list, value])
    const signs = [
      undefined,
      ['none'],
      ['sudden', 'itchy-or-sore'],
      ['new-patches', 'none'],
      ['sudden', 'sudden'],
      [],
      ['maybe'],
      'none',
    ]
    let compared = 0
    for (const concerns of lists) {
      for (const hairLossSigns of signs) {
        for (const shavedLookOk of [undefined, 'yes', 'unsure', 'maybe']) {
          const { hairLossSigns: _, ...rest } = clean
          const input = {
            ...rest,
            concerns,
            ...(hairLossSigns === undefined ? {} : { hairLossSigns }),
            ...(shavedLookOk === undefined ? {} : { shavedLookOk }),
          }
          expect(isCompleteAnswers(input), JSON.stringify(input)).toBe(parseAnswers(input).success)
          expect(isPartialAnswers(input), JSON.stringify(input)).toBe(partialSchema.safeParse(input).success)
          compared++
        }
      }
    }
    expect(compared).toBeGreaterThan(10000)
  })

  it('on old answer sets saved before hairLossSigns existed', () => {
    // Contract version 1 had no hairLossSigns: such a set is still a valid partial set, but it is not
    // complete when a hair-loss concern is chosen, and complete when only scars are.
    const { hairLossSigns: _, ...old } = clean
    expect(isPartialAnswers(old)).toBe(true)
    expect(isCompleteAnswers(old)).toBe(false)
    expect(parseAnswers(old).success).toBe(false)
    const scarsOnly = { ...old, concerns: ['scars'] }
    expect(isCompleteAnswers(scarsOnly)).toBe(true)
    expect(parseAnswers(scarsOnly).success).toBe(true)
  })

  it.each([1, 2, 3])('on 3000 generated answer sets (seed %i)', (seed) => {
    const next = random(seed)
    let accepted = 0
    for (let i = 0; i < 3000; i++) {
      const input = generate(next)
      const complete = parseAnswers(input).success
      expect(isCompleteAnswers(input), JSON.stringify(input)).toBe(complete)
      expect(isPartialAnswers(input), JSON.stringify(input)).toBe(partialSchema.safeParse(input).success)
      if (complete) accepted++
    }
    // Both outcomes must be well represented, or the comparison proves little.
    expect(accepted).toBeGreaterThan(100)
    expect(accepted).toBeLessThan(2900)
  })

  it('reads JSON keys such as __proto__ and constructor as unknown ids', () => {
    for (const raw of ['{"__proto__":"x"}', '{"constructor":"x"}', '{"toString":"x"}']) {
      const input: unknown = JSON.parse(raw)
      expect(isPartialAnswers(input)).toBe(false)
      expect(partialSchema.safeParse(input).success).toBe(false)
    }
    expect(isQuestionId('constructor')).toBe(false)
    expect(isQuestionId('age')).toBe(true)
  })
})

describe('isValidAnswer', () => {
  it('takes each question on its own', () => {
    expect(isValidAnswer('age', '18-or-over')).toBe(true)
    expect(isValidAnswer('age', ['18-or-over'])).toBe(false)
    expect(isValidAnswer('concerns', ['scars', 'alopecia'])).toBe(true)
    expect(isValidAnswer('concerns', ['none', 'scars'])).toBe(false)
    expect(isValidAnswer('concerns', ['scars', 'scars'])).toBe(false)
    expect(isValidAnswer('concerns', [])).toBe(false)
    expect(isValidAnswer('concerns', ['birthmarks'])).toBe(true)
    expect(isValidAnswer('hairLossSigns', ['sudden', 'new-patches', 'itchy-or-sore'])).toBe(true)
    expect(isValidAnswer('hairLossSigns', ['none'])).toBe(true)
    expect(isValidAnswer('hairLossSigns', ['none', 'sudden'])).toBe(false)
    expect(isValidAnswer('hairLossSigns', ['sudden', 'sudden'])).toBe(false)
    expect(isValidAnswer('hairLossSigns', [])).toBe(false)
    expect(isValidAnswer('hairLossSigns', 'sudden')).toBe(false)
    for (const id of ['skinCancerHistory', 'bleedingRisk', 'immune', 'pregnancy', 'healingCondition'] as const) {
      expect(isValidAnswer(id, 'unsure'), id).toBe(true)
    }
    expect(isValidAnswer('age', 'unsure')).toBe(false)
  })
})
