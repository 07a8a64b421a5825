// The shapes of what a patient reads in the self-check, per language: every question's text, hint and
// option labels keyed by question id and option value, and every rule's title and explanation keyed by
// rule id. Mapped from the questions array and the rule ids, so a language that lacks a question, an
// option or a rule, or has one too many, fails `tsc` naming it. The words are in lib/i18n/words/.
import type { AnyQuestion } from './questions'
import type { RuleId } from './rules'
import type { QuestionId } from './types'

/** The words of one question: its `options` has exactly that question's values as keys. */
export type QuestionText<Q extends AnyQuestion = AnyQuestion> = {
  /** The question as a patient reads it. */
  readonly text: string
  /** Why we ask, in plain words. */
  readonly hint: string
  readonly options: { readonly [V in Q['options'][number]['value']]: string }
}

export type QuestionTexts = { readonly [Q in AnyQuestion as Q['id']]: QuestionText<Q> }

export type RuleText = { readonly title: string; readonly explanation: string }

export type RuleTexts = { readonly [Id in RuleId]: RuleText }

/** Everything the questions and rules say in one language: plain strings, safe to pass to a client island. */
export type CandidacyTexts = { readonly questions: QuestionTexts; readonly rules: RuleTexts }

/** The label of one option of a question, or the value itself for a value the question does not have. */
export function optionLabel(texts: QuestionTexts, id: QuestionId, value: string): string {
  const options: Readonly<Record<string, string>> = texts[id].options
  return Object.hasOwn(options, value) ? options[value]! : value
}
