// Validation of a complete set of answers, built from the questions array so the two cannot drift:
// one field per question, in question order, optional when the question has `askedWhen`.
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
import { holds } from './applicability'
import { optionValues, questions, type AnyQuestion } from './questions'
import type { AnswerTo, AskedWhen } from './shapes'
import type { Answers, Question, QuestionId } from './types'
import { isRecord } from '@/lib/guards'
import { questionTexts } from '@/lib/i18n/words/self-check-questions'

// Messages for outside callers and developers, so they quote the English question (server-only module).
function name(q: Question): string {
  return `${q.id} ("${questionTexts.en[q.id as QuestionId].text}")`
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

const questionIds: QuestionId[] = questions.map((q) => q.id)

const orList = (values: readonly string[]) =>
  values.length < 2 ? values.join('') : `${values.slice(0, -1).join(', ')} or ${values.at(-1)}`

// The field types the loop below builds, spelt out for zod so that `answersSchema.shape[id]` and
// `z.output<typeof answersSchema>` keep each question's literal values.
type Fields = {
  readonly [Q in AnyQuestion as Q['id']]: Q extends { readonly askedWhen: AskedWhen }
    ? z.ZodOptional<z.ZodType<AnswerTo<Q>>>
    : z.ZodType<AnswerTo<Q>>
}

function field(q: AnyQuestion) {
  const answer = q.multiple === true ? multipleChoice(q) : singleChoice(q)
  // Optional here; required by the refinement below only when it applies. When one does not apply,
  // a valid value is accepted and kept, but evaluate ignores it.
  return q.askedWhen ? answer.optional() : answer
}

const fields = Object.fromEntries(questions.map((q) => [q.id, field(q)])) as unknown as Fields

// Questions asked only for some answers: optional in the object, required below when they apply.
const conditional = questions.flatMap(({ askedWhen, ...question }) => (askedWhen ? [{ question, askedWhen }] : []))

export const answersSchema = z
  .strictObject(fields, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `Unknown question id(s): ${issue.keys.join(', ')}. Known ids: ${questionIds.join(', ')}.`
        : 'The answers must be an object with one answer per question id.',
  })
  .superRefine(
    (answers, ctx) => {
      // May run on partly invalid input (see `when`), so read fields defensively.
      const value: unknown = answers
      if (!isRecord(value)) return
      for (const { question, askedWhen } of conditional) {
        if (holds(askedWhen, value) && value[question.id] === undefined) {
          ctx.addIssue({
            code: 'custom',
            path: [question.id],
            message: `${missing(question)} It is asked when ${askedWhen.question} include ${orList(askedWhen.anyOf)}.`,
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
