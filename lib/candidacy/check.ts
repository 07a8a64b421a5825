// Yes/no checks of answers without zod, for the browser. The self-check island uses them to trust
// saved progress and to decide when the result may show; importing `answersSchema` there would ship
// zod (~30 KB gzipped) to every visitor, and zod's eval probe breaks the site's CSP.
//
// They accept exactly what `answersSchema` accepts: tests/unit/candidacy/check.test.ts runs both
// over thousands of generated answer sets and fails on any disagreement. Outside callers that need
// the reasons for a rejection use `parseAnswers`.
import { isQuestionApplicable } from './applicability'
import { questions } from './questions'
import type { Answers, PartialAnswers, QuestionId } from './types'
import { isRecord } from '@/lib/guards'

type QuestionShape = { multiple: boolean; values: ReadonlySet<string> }

// A Map, not an object: ids like "constructor" or "__proto__" must not find anything.
const shapes = new Map<string, QuestionShape>(
  questions.map((q) => [
    q.id,
    { multiple: q.multiple === true, values: new Set<string>(q.options.map((o) => o.value)) },
  ]),
)

export const isQuestionId = (id: unknown): id is QuestionId => typeof id === 'string' && shapes.has(id)

/**
 * A valid answer to one question: one of its values, or for a multiple-choice question a list of
 * at least one value, none twice, and "none" only on its own (such a list could never be completed).
 */
export function isValidAnswer(id: QuestionId, value: unknown): boolean {
  const shape = shapes.get(id)
  if (!shape) return false
  if (!shape.multiple) return typeof value === 'string' && shape.values.has(value)
  if (!Array.isArray(value) || value.length === 0) return false
  if (!value.every((item) => typeof item === 'string' && shape.values.has(item))) return false
  if (new Set(value).size !== value.length) return false
  return !(value.includes('none') && value.length > 1)
}

/** Answers given so far: only known question ids, and every answer present is valid. */
export function isPartialAnswers(value: unknown): value is PartialAnswers {
  if (!isRecord(value)) return false
  return Object.entries(value).every(
    ([id, answer]) => isQuestionId(id) && (answer === undefined || isValidAnswer(id, answer)),
  )
}

/** A complete set, as `parseAnswers` would accept it: every question that applies is answered. */
export function isCompleteAnswers(value: unknown): value is Answers {
  if (!isPartialAnswers(value)) return false
  return questions.every((q) => !isQuestionApplicable(q.id, value) || value[q.id] !== undefined)
}
