// How a result is put to a patient. Plain words; never a diagnosis or a promise.
//
// The heading fits the findings rather than the overall outcome alone: not wanting to shave is
// something to talk through with a practitioner, not a reason to "talk to a doctor first", and
// chemotherapy means talking to the doctor treating you before you book. The words of each kind are per
// language (`results` and `advice` in lib/i18n/words/self-check.ts); the choice of kind is shared.
import type { Evaluation, RuleId } from '@/lib/candidacy'
import type { SelfCheckWords } from '@/lib/i18n/words/self-check'

/** What a finding asks the patient to do. */
export type Advice = 'not-offered' | 'wait' | 'doctor' | 'practitioner'

/** The order groups are shown in: the most pressing first. */
export const adviceOrder = ['not-offered', 'wait', 'doctor', 'practitioner'] as const satisfies readonly Advice[]

// A Record forces a choice for every rule, so a new rule cannot slip in without one.
export const ruleAdvice: Readonly<Record<RuleId, Advice>> = {
  minor: 'not-offered',
  'active-scalp-condition': 'wait',
  chemotherapy: 'doctor',
  pregnancy: 'wait',
  'hair-loss-warning-signs': 'doctor',
  'skin-cancer-history': 'doctor',
  keloid: 'practitioner',
  'bleeding-risk': 'practitioner',
  'pigment-allergy': 'practitioner',
  autoimmune: 'doctor',
  'healing-condition': 'doctor',
  'controlled-scalp-condition': 'practitioner',
  'shaved-look': 'practitioner',
  'no-visible-concern': 'practitioner',
}

export type ResultKind = 'likely-suitable' | Advice

/** The most pressing kind of advice among the findings; likely-suitable when there are none. */
export function resultKind(evaluation: Evaluation): ResultKind {
  const advice = new Set(evaluation.findings.map((finding) => ruleAdvice[finding.rule]))
  return adviceOrder.find((kind) => advice.has(kind)) ?? 'likely-suitable'
}

/** The result's heading and summary in the language of `words`. */
export const resultText = (evaluation: Evaluation, words: Pick<SelfCheckWords, 'results'>) =>
  words.results[resultKind(evaluation)]
