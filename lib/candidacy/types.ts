// Shared shapes of the candidacy contract. Everything here is plain, serialisable data
// so it can cross from server components to client components unchanged.
import type { RuleOutcome, Outcome } from './outcomes'
import type { questionsById } from './questions'
import type { ruleIds } from './rule-ids'

/** A site link with an anchor, e.g. "/contraindications#skin-cancer". */
export type LearnMoreUrl = `/${string}#${string}`

export interface QuestionOption<V extends string = string> {
  readonly value: V
  readonly label: string
}

export interface Question<Id extends string = string, V extends string = string> {
  readonly id: Id
  /** The question as a patient reads it. */
  readonly text: string
  /** Why we ask, in plain words. */
  readonly hint?: string
  readonly options: readonly QuestionOption<V>[]
  /** True when more than one option may be chosen. */
  readonly multiple?: boolean
  readonly learnMore: LearnMoreUrl
}

export type QuestionId = keyof typeof questionsById

/** The allowed answer values of one question, as literal types. */
export type AnswerValue<Id extends QuestionId> =
  (typeof questionsById)[Id]['options'][number]['value']

/** A complete, valid set of answers (the output of `parseAnswers`). */
export interface Answers {
  readonly age: AnswerValue<'age'>
  readonly concerns: readonly AnswerValue<'concerns'>[]
  /**
   * Only asked (and only used) when concerns include receding-hairline, diffuse-thinning,
   * bald-patches, complete-baldness or alopecia: required then, ignored otherwise.
   */
  readonly hairLossSigns?: readonly AnswerValue<'hairLossSigns'>[] | undefined
  /** Only asked (and only used) when concerns include complete-baldness or alopecia. */
  readonly shavedLookOk?: AnswerValue<'shavedLookOk'> | undefined
  readonly scalpCondition: AnswerValue<'scalpCondition'>
  readonly skinCancerHistory: AnswerValue<'skinCancerHistory'>
  readonly keloidProne: AnswerValue<'keloidProne'>
  readonly bleedingRisk: AnswerValue<'bleedingRisk'>
  readonly pigmentAllergy: AnswerValue<'pigmentAllergy'>
  readonly immune: AnswerValue<'immune'>
  readonly pregnancy: AnswerValue<'pregnancy'>
  readonly healingCondition: AnswerValue<'healingCondition'>
}

/** Answers given so far, while the patient is still going through the questions. */
export type PartialAnswers = Partial<Answers>

export type RuleId = (typeof ruleIds)[number]

export interface Rule {
  readonly id: RuleId
  readonly outcome: RuleOutcome
  readonly title: string
  readonly explanation: string
  readonly learnMore: LearnMoreUrl
}

export interface Finding {
  /** The id of the rule that fired. */
  readonly rule: RuleId
  readonly outcome: RuleOutcome
  readonly title: string
  readonly explanation: string
  readonly learnMore: LearnMoreUrl
}

export interface Evaluation {
  readonly outcome: Outcome
  /** Most severe first; each rule at most once. */
  readonly findings: readonly Finding[]
}
