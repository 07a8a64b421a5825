// Turns a valid set of answers into an overall outcome plus the findings behind it. One function for
// every language: findings carry rule ids, and each page looks up the words in its own texts.
import { compareBySeverity, type Outcome } from './outcomes'
import { rules } from './rules'
import { ruleTriggers } from './triggers'
import type { Answers, Evaluation, Finding } from './types'

/**
 * Pure and synchronous. Expects answers already checked by `parseAnswers`
 * (it does not re-validate). hairLossSigns and shavedLookOk are ignored when they do not apply.
 */
export function evaluate(answers: Answers): Evaluation {
  const findings: Finding[] = rules
    .filter((rule) => ruleTriggers[rule.id](answers))
    .map((rule) => ({ rule: rule.id, outcome: rule.outcome, learnMore: rule.learnMore }))
    // Array.prototype.sort is stable, so equal outcomes keep the rules' table order.
    .sort((a, b) => compareBySeverity(a.outcome, b.outcome))

  // The most severe finding decides; no findings means nothing stood out.
  const outcome: Outcome = findings[0]?.outcome ?? 'likely-suitable'
  return { outcome, findings }
}
