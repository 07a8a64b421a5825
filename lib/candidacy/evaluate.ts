// Turns a valid set of answers into an overall outcome plus the findings behind it. One function for
// every language: findings carry rule ids, and each page looks up the words in its own texts.
import { compareBySeverity, type Outcome, type RuleOutcome } from './outcomes'
import { ruleRecords, type RuleId } from './rules'
import type { Answers, LearnMoreUrl } from './types'

/** A rule that fired. Language-neutral: the words are looked up by `rule` (`ruleText`, or the language's RuleTexts). */
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

/**
 * Pure and synchronous. Expects answers already checked by `parseAnswers` (it does not re-validate).
 * hairLossSigns, causeKnown and shavedLookOk are ignored when they do not apply.
 */
export function evaluate(answers: Answers): Evaluation {
  const findings: Finding[] = ruleRecords
    .filter((record) => record.firesWhen(answers))
    .map(({ id, outcome, learnMore }) => ({ rule: id, outcome, learnMore }))
    // Array.prototype.sort is stable, so equal outcomes keep the rules' table order.
    .sort((a, b) => compareBySeverity(a.outcome, b.outcome))

  // The most severe finding decides; no findings means nothing stood out.
  const outcome: Outcome = findings[0]?.outcome ?? 'likely-suitable'
  return { outcome, findings }
}
