// Shared shapes of the candidacy contract. Everything here is plain, serialisable data
// so it can cross from server components to client components unchanged.
// Question, Answers and the rest are derived from the questions array, never listed by hand.
import type { RuleOutcome, Outcome } from './outcomes'
import type { AnyQuestion } from './questions'
import type { ruleIds } from './rule-ids'
import type { AnswersTo, LearnMoreUrl } from './shapes'

export type { AnswerTo, AskedWhen, LearnMoreUrl, Question, QuestionOption } from './shapes'

export type QuestionId = AnyQuestion['id']

/** The allowed answer values of one question, as literal types. */
export type AnswerValue<Id extends QuestionId> = Extract<AnyQuestion, { id: Id }>['options'][number]['value']

// One flat object type rather than the intersection AnswersTo builds, so editors show it plainly.
type Flat<T> = { [K in keyof T]: T[K] } & {}

/**
 * A complete, valid set of answers (the output of `parseAnswers`). A question with `askedWhen`
 * (hairLossSigns, shavedLookOk) is optional: required when it applies, ignored otherwise.
 */
export type Answers = Flat<AnswersTo<AnyQuestion>>

/** Answers given so far, while the patient is still going through the questions. */
export type PartialAnswers = Partial<Answers>

export type RuleId = (typeof ruleIds)[number]

/** A rule's structure; its title and explanation are per language, keyed by `id` (RuleTexts in texts.ts). */
export interface Rule {
  readonly id: RuleId
  readonly outcome: RuleOutcome
  readonly learnMore: LearnMoreUrl
}

/** A rule that fired. Language-neutral: the words are looked up by `rule` in the language's RuleTexts. */
export interface Finding {
  /** The id of the rule that fired. */
  readonly rule: RuleId
  readonly outcome: RuleOutcome
  readonly learnMore: LearnMoreUrl
}

export interface Evaluation {
  readonly outcome: Outcome
  /** Most severe first; each rule at most once. */
  readonly findings: readonly Finding[]
}
