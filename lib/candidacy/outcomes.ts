// Overall outcomes of the candidacy check, from least to most severe.
// Kept as plain data so the UI and tests can share one ordering.
export const outcomes = ['likely-suitable', 'discuss-first', 'wait', 'not-suitable'] as const

export type Outcome = (typeof outcomes)[number]

/** Outcomes a single rule can give ('likely-suitable' only means "no rule fired"). */
export type RuleOutcome = Exclude<Outcome, 'likely-suitable'>

/** Higher number = more severe. Used to pick the overall outcome and sort findings. */
export const outcomeSeverity = {
  'likely-suitable': 0,
  'discuss-first': 1,
  wait: 2,
  'not-suitable': 3,
} as const satisfies Record<Outcome, number>

/** Negative when `a` is more severe than `b`, so Array.sort puts the most severe first. */
export function compareBySeverity(a: Outcome, b: Outcome): number {
  return outcomeSeverity[b] - outcomeSeverity[a]
}

/**
 * What a rule asks the reader to do, most pressing first: SMP is not usually offered, wait, see a doctor
 * first, or talk it through with a practitioner. Only the last leaves booking a consultation as the next step.
 */
export const adviceOrder = ['not-offered', 'wait', 'doctor', 'practitioner'] as const

export type Advice = (typeof adviceOrder)[number]
