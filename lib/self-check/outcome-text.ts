// How a result is put to a patient. Plain words; never a diagnosis or a promise.
//
// The heading fits the findings rather than the overall outcome alone: not wanting to shave is
// something to talk through with a practitioner, not a reason to "talk to a doctor first", and
// chemotherapy means talking to the doctor treating you before you book.
import type { Evaluation, RuleId } from '@/lib/candidacy'

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

/** `label` goes before one finding ("See a doctor first: ..."); `group` heads a list of them. */
export const adviceText: Readonly<Record<Advice, { label: string; group: string }>> = {
  'not-offered': { label: 'Not usually offered', group: 'Not usually offered' },
  wait: { label: 'Best to wait', group: 'It is best to wait, because:' },
  doctor: { label: 'See a doctor first', group: 'See a doctor first, because:' },
  practitioner: { label: 'Talk it through with a practitioner', group: 'Talk these through with a practitioner:' },
}

export type ResultKind = 'likely-suitable' | Advice

export const resultTexts: Readonly<Record<ResultKind, { heading: string; summary: string }>> = {
  'likely-suitable': {
    heading: 'SMP may suit you',
    summary:
      'Nothing you told us is a reason to wait or to see a doctor first. A practitioner will still check your scalp and talk through what you hope for at a consultation.',
  },
  practitioner: {
    heading: 'Talk these through with a practitioner before you book',
    summary:
      'SMP may still be possible for you. Some of your answers are things to talk through at a consultation, so that SMP is safe and right for you.',
  },
  doctor: {
    heading: 'Talk to a doctor before you book SMP',
    summary:
      'SMP may still be possible for you. Some of your answers are things a doctor should look at first. Tell your practitioner about them too.',
  },
  wait: {
    heading: 'It is best to wait before having SMP',
    summary: 'Some of your answers are reasons to wait for now. This is usually for a while, not for ever.',
  },
  'not-offered': {
    heading: 'SMP is not usually offered to under-18s',
    summary: 'Based on your answers, SMP is not usually offered to you now. The reasons are below.',
  },
}

/** The most pressing kind of advice among the findings; likely-suitable when there are none. */
export function resultKind(evaluation: Evaluation): ResultKind {
  const advice = new Set(evaluation.findings.map((finding) => ruleAdvice[finding.rule]))
  return adviceOrder.find((kind) => advice.has(kind)) ?? 'likely-suitable'
}

export const resultText = (evaluation: Evaluation) => resultTexts[resultKind(evaluation)]
