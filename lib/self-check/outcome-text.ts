// How a result is put to a patient. Plain words; never a diagnosis or a promise.
//
// The heading fits the findings rather than the overall outcome alone: not wanting to shave is
// something to talk through with a practitioner, not a reason to "see a doctor first", and
// chemotherapy means talking to the doctor treating you first. What each rule asks (its advice) is in its
// record (lib/candidacy/rules.ts); the words of each kind are per language (`results`, `advice` and
// `result.next` in lib/i18n/words/self-check.ts); the choice of kind is shared.
import type { Evaluation } from '@/lib/candidacy'
import { adviceOrder, type Advice } from '@/lib/candidacy/outcomes'
import { ruleAdvice } from '@/lib/candidacy/rules'
import type { SelfCheckWords } from '@/lib/i18n/words/self-check'

export { adviceOrder, ruleAdvice, type Advice }

export type ResultKind = 'likely-suitable' | Advice

/** The most pressing kind of advice among the findings; likely-suitable when there are none. */
export function resultKind(evaluation: Evaluation): ResultKind {
  const advice = new Set(evaluation.findings.map((finding) => ruleAdvice[finding.rule]))
  return adviceOrder.find((kind) => advice.has(kind)) ?? 'likely-suitable'
}

/**
 * Whether the result may invite the reader to book a consultation: only when nothing is a reason to wait,
 * to see a doctor first, or not to offer SMP at all. The other results say who to talk to instead.
 */
export const invitesBooking = (kind: ResultKind): boolean => kind === 'likely-suitable' || kind === 'practitioner'

/** Whether the result lists the clinic's contacts: not for an under-18, who has nothing to arrange with it. */
export const listsClinicContacts = (kind: ResultKind): boolean => kind !== 'not-offered'

/** Results with a box of what to do first: every kind with findings but an under-18's (nothing to book). */
export type FirstStepsKind = Exclude<ResultKind, 'likely-suitable' | 'not-offered'>

export const hasFirstSteps = (kind: ResultKind): kind is FirstStepsKind =>
  kind !== 'likely-suitable' && kind !== 'not-offered'

/** The result's heading and summary in the language of `words`. */
export const resultText = (evaluation: Evaluation, words: Pick<SelfCheckWords, 'results'>) =>
  words.results[resultKind(evaluation)]
