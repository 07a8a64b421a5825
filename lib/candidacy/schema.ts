// Validation of a complete set of answers, built from the questions so the two cannot drift.
//
// Error contract: every issue about a question has that question's id as `path[0]`
// (an unknown value inside `concerns` is at ['concerns', index]), and its message starts
// with the id and quotes the question text, e.g.
//   age ("How old are you?"): "old" is not one of the answers. Allowed: under-18, 18-or-over.
// So `z.flattenError(result.error).fieldErrors[questionId]` lists the problems per question.
//
// Unknown extra keys are REJECTED (strict object), not stripped: a misspelt question id
// from an outside caller would otherwise be silently dropped and reported as "missing".
import { z } from 'zod'
import { hairLossSignsConcerns, needsHairLossSignsAnswer, needsShavedLookAnswer, shavedLookConcerns } from './applicability'
import { optionValues, questionsById } from './questions'
import type { Answers, Question, QuestionId } from './types'

function name(q: Question): string {
  return `${q.id} ("${q.text}")`
}

function missing(q: Question): string {
  return `${name(q)}: this question needs an answer.`
}

/** A single-choice answer whose errors name the question. */
function singleChoice<const Id extends string, const V extends string>(q: Question<Id, V>) {
  const allowed = optionValues(q)
  return z.enum(allowed, {
    error: (issue) =>
      issue.input === undefined
        ? missing(q)
        : `${name(q)}: ${JSON.stringify(issue.input)} is not one of the answers. Allowed: ${allowed.join(', ')}.`,
  })
}

/**
 * A several-choice answer (concerns, hairLossSigns): not none at all, not the same one twice,
 * and not "none" together with a real choice (that answer would contradict itself).
 */
function multipleChoice<const Id extends string, const V extends string>(q: Question<Id, V>) {
  return z
    .array(singleChoice(q), {
      error: (issue) => (issue.input === undefined ? missing(q) : `${name(q)}: the answer must be a list of choices.`),
    })
    .min(1, { error: `${name(q)}: choose at least one answer.` })
    .superRefine((chosen, ctx) => {
      const seen = new Set<string>()
      for (const value of chosen) {
        if (seen.has(value)) {
          ctx.addIssue({ code: 'custom', message: `${name(q)}: "${value}" is chosen more than once.` })
        }
        seen.add(value)
      }
      if (chosen.includes('none' as V) && chosen.some((value) => value !== 'none')) {
        ctx.addIssue({ code: 'custom', message: `${name(q)}: "none" cannot be chosen together with other answers.` })
      }
    })
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

const questionIds = Object.keys(questionsById) as QuestionId[]

const orList = (values: readonly string[]) =>
  values.length < 2 ? values.join('') : `${values.slice(0, -1).join(', ')} or ${values.at(-1)}`

// Questions asked only for some concerns: optional in the object, required below when they apply.
const conditional = [
  { question: questionsById.hairLossSigns, applies: needsHairLossSignsAnswer, concerns: hairLossSignsConcerns },
  { question: questionsById.shavedLookOk, applies: needsShavedLookAnswer, concerns: shavedLookConcerns },
] as const

export const answersSchema = z
  .strictObject(
    {
      age: singleChoice(questionsById.age),
      concerns: multipleChoice(questionsById.concerns),
      // Optional here; required below only when they apply. When one does not apply,
      // a valid value is accepted and kept, but evaluate ignores it.
      hairLossSigns: multipleChoice(questionsById.hairLossSigns).optional(),
      shavedLookOk: singleChoice(questionsById.shavedLookOk).optional(),
      scalpCondition: singleChoice(questionsById.scalpCondition),
      skinCancerHistory: singleChoice(questionsById.skinCancerHistory),
      keloidProne: singleChoice(questionsById.keloidProne),
      bleedingRisk: singleChoice(questionsById.bleedingRisk),
      pigmentAllergy: singleChoice(questionsById.pigmentAllergy),
      immune: singleChoice(questionsById.immune),
      pregnancy: singleChoice(questionsById.pregnancy),
      healingCondition: singleChoice(questionsById.healingCondition),
    },
    {
      error: (issue) =>
        issue.code === 'unrecognized_keys'
          ? `Unknown question id(s): ${issue.keys.join(', ')}. Known ids: ${questionIds.join(', ')}.`
          : 'The answers must be an object with one answer per question id.',
    },
  )
  .superRefine(
    (answers, ctx) => {
      // May run on partly invalid input (see `when`), so read fields defensively.
      const value: unknown = answers
      if (!isRecord(value)) return
      const concerns = Array.isArray(value.concerns) ? value.concerns.map(String) : undefined
      for (const { question, applies, concerns: asked } of conditional) {
        if (applies(concerns) && value[question.id] === undefined) {
          ctx.addIssue({
            code: 'custom',
            path: [question.id],
            message: `${missing(question)} It is asked when concerns include ${orList(asked)}.`,
          })
        }
      }
    },
    // Run even when other answers are wrong, so every problem is reported in one go.
    { when: (payload) => isRecord(payload.value) },
  )

/** Validates unknown input (e.g. a form post or another app's call). Never throws. */
export function parseAnswers(input: unknown): z.ZodSafeParseResult<Answers> {
  return answersSchema.safeParse(input)
}
