// Compile-time checks of the public types (run by `tsc`; no-ops at run time).
import { describe, expectTypeOf, it } from 'vitest'
import type { z } from 'zod'
import type {
  Answers,
  AnswerValue,
  Finding,
  Outcome,
  QuestionId,
  RuleId,
  answersSchema,
  evaluate,
  questions,
} from '@/lib/candidacy'

describe('public types', () => {
  it('uses literal ids and values', () => {
    expectTypeOf<QuestionId>().toEqualTypeOf<
      | 'age'
      | 'concerns'
      | 'hairLossSigns'
      | 'causeKnown'
      | 'shavedLookOk'
      | 'scalpCondition'
      | 'skinCancerHistory'
      | 'keloidProne'
      | 'bleedingRisk'
      | 'pigmentAllergy'
      | 'immune'
      | 'pregnancy'
      | 'healingCondition'
    >()
    expectTypeOf<(typeof questions)[number]['id']>().toEqualTypeOf<QuestionId>()
    expectTypeOf<AnswerValue<'scalpCondition'>>().toEqualTypeOf<'none' | 'controlled' | 'active'>()
    expectTypeOf<Answers['concerns'][number]>().toEqualTypeOf<AnswerValue<'concerns'>>()
    expectTypeOf<AnswerValue<'hairLossSigns'>>().toEqualTypeOf<'sudden' | 'new-patches' | 'itchy-or-sore' | 'none'>()
    expectTypeOf<Answers['hairLossSigns']>().toEqualTypeOf<readonly AnswerValue<'hairLossSigns'>[] | undefined>()
    expectTypeOf<AnswerValue<'immune'>>().toEqualTypeOf<'no' | 'chemotherapy' | 'autoimmune-or-other' | 'unsure'>()
    expectTypeOf<RuleId>().toExtend<string>()
    expectTypeOf<'hair-loss-warning-signs' | 'controlled-scalp-condition'>().toExtend<RuleId>()
    expectTypeOf<Outcome>().toEqualTypeOf<'likely-suitable' | 'discuss-first' | 'wait' | 'not-suitable'>()
    expectTypeOf<Finding['rule']>().toEqualTypeOf<RuleId>()
  })

  it('keeps the schema output and Answers in step', () => {
    expectTypeOf<z.output<typeof answersSchema>>().toExtend<Answers>()
    expectTypeOf<typeof evaluate>().parameter(0).toEqualTypeOf<Answers>()
  })
})
