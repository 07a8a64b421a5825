// The public contract, copied from the spec tables (not from the implementation),
// so the tests fail if the module drifts from what outside callers rely on.
import type { Answers } from '@/lib/candidacy'

export const specQuestions = [
  { id: 'age', values: ['under-18', '18-or-over'], learnMore: '/contraindications#under-18s' },
  {
    id: 'concerns',
    values: [
      'receding-hairline',
      'diffuse-thinning',
      'bald-patches',
      'complete-baldness',
      'alopecia',
      'scars',
      'birthmarks',
      'none',
    ],
    learnMore: '/candidacy#who-smp-may-suit',
  },
  {
    id: 'hairLossSigns',
    values: ['sudden', 'new-patches', 'itchy-or-sore', 'none'],
    learnMore: '/hair-loss-causes#warning-signs-to-see-a-doctor-about',
  },
  {
    id: 'causeKnown',
    values: ['yes', 'no', 'unsure'],
    learnMore: '/hair-loss-causes#why-this-matters-for-smp',
  },
  {
    id: 'shavedLookOk',
    values: ['yes', 'no', 'unsure'],
    learnMore: '/candidacy#keeping-your-head-shaved',
  },
  {
    id: 'scalpCondition',
    values: ['none', 'controlled', 'active'],
    learnMore: '/contraindications#scalp-conditions',
  },
  { id: 'skinCancerHistory', values: ['no', 'yes', 'unsure'], learnMore: '/contraindications#skin-cancer' },
  {
    id: 'keloidProne',
    values: ['no', 'yes', 'unsure'],
    learnMore: '/contraindications#keloid-scars',
  },
  {
    id: 'bleedingRisk',
    values: ['no', 'yes', 'unsure'],
    learnMore: '/contraindications#bleeding-and-blood-thinners',
  },
  {
    id: 'pigmentAllergy',
    values: ['no', 'yes', 'unsure'],
    learnMore: '/contraindications#pigment-allergy',
  },
  {
    id: 'immune',
    values: ['no', 'chemotherapy', 'autoimmune-or-other', 'unsure'],
    learnMore: '/contraindications#weakened-immune-system',
  },
  {
    id: 'pregnancy',
    values: ['no', 'pregnant', 'breastfeeding', 'unsure'],
    learnMore: '/contraindications#pregnancy-and-breastfeeding',
  },
  {
    id: 'healingCondition',
    values: ['no', 'yes', 'unsure'],
    learnMore: '/contraindications#conditions-that-slow-healing',
  },
] as const

/** Single-choice questions that are always asked (and so always required). */
export const alwaysRequiredSingle = [
  'age',
  'scalpCondition',
  'skinCancerHistory',
  'keloidProne',
  'bleedingRisk',
  'pigmentAllergy',
  'immune',
  'pregnancy',
  'healingCondition',
] as const

type SingleId = (typeof alwaysRequiredSingle)[number]

/** Questions asked only for some concerns, and those concerns (contract versions 2 and 3). */
export const hairLossConcerns = [
  'receding-hairline',
  'diffuse-thinning',
  'bald-patches',
  'complete-baldness',
  'alopecia',
] as const
export const shavedLookConcerns = ['complete-baldness', 'alopecia'] as const

/** Questions asked only for some concerns: required then, ignored otherwise. */
export const conditionalQuestions = [
  { id: 'hairLossSigns', askedFor: hairLossConcerns, answer: ['none'] },
  { id: 'causeKnown', askedFor: hairLossConcerns, answer: 'yes' },
  { id: 'shavedLookOk', askedFor: shavedLookConcerns, answer: 'yes' },
] as const

/** The values of hairLossSigns that are warning signs a doctor should check. */
export const warningSigns = ['sudden', 'new-patches', 'itchy-or-sore'] as const

/**
 * Rules in table order. Rules driven by one single-choice question list the question and
 * its triggering values; the rules that depend on the concerns are tested on their own.
 */
export const specRules = [
  {
    id: 'minor',
    outcome: 'not-suitable',
    learnMore: '/contraindications#under-18s',
    question: 'age',
    fires: ['under-18'],
  },
  {
    id: 'active-scalp-condition',
    outcome: 'wait',
    learnMore: '/contraindications#scalp-conditions',
    question: 'scalpCondition',
    fires: ['active'],
  },
  {
    id: 'chemotherapy',
    outcome: 'wait',
    learnMore: '/contraindications#weakened-immune-system',
    question: 'immune',
    fires: ['chemotherapy'],
  },
  {
    id: 'pregnancy',
    outcome: 'wait',
    learnMore: '/contraindications#pregnancy-and-breastfeeding',
    question: 'pregnancy',
    fires: ['pregnant', 'breastfeeding', 'unsure'],
  },
  {
    id: 'hair-loss-warning-signs',
    outcome: 'discuss-first',
    learnMore: '/hair-loss-causes#warning-signs-to-see-a-doctor-about',
    question: null,
    fires: [],
  },
  {
    id: 'cause-unknown',
    outcome: 'discuss-first',
    learnMore: '/hair-loss-causes#what-a-doctor-can-do',
    question: 'causeKnown',
    fires: ['no', 'unsure'],
  },
  {
    id: 'alopecia-areata',
    outcome: 'discuss-first',
    learnMore: '/hair-loss-causes#alopecia-areata',
    question: null,
    fires: [],
  },
  {
    id: 'skin-cancer-history',
    outcome: 'discuss-first',
    learnMore: '/contraindications#skin-cancer',
    question: 'skinCancerHistory',
    fires: ['yes', 'unsure'],
  },
  {
    id: 'keloid',
    outcome: 'discuss-first',
    learnMore: '/contraindications#keloid-scars',
    question: 'keloidProne',
    fires: ['yes', 'unsure'],
  },
  {
    id: 'bleeding-risk',
    outcome: 'discuss-first',
    learnMore: '/contraindications#bleeding-and-blood-thinners',
    question: 'bleedingRisk',
    fires: ['yes', 'unsure'],
  },
  {
    id: 'pigment-allergy',
    outcome: 'discuss-first',
    learnMore: '/contraindications#pigment-allergy',
    question: 'pigmentAllergy',
    fires: ['yes', 'unsure'],
  },
  {
    id: 'autoimmune',
    outcome: 'discuss-first',
    learnMore: '/contraindications#autoimmune-conditions',
    question: 'immune',
    fires: ['autoimmune-or-other', 'unsure'],
  },
  {
    id: 'healing-condition',
    outcome: 'discuss-first',
    learnMore: '/contraindications#conditions-that-slow-healing',
    question: 'healingCondition',
    fires: ['yes', 'unsure'],
  },
  {
    id: 'controlled-scalp-condition',
    outcome: 'discuss-first',
    learnMore: '/contraindications#scalp-conditions',
    question: 'scalpCondition',
    fires: ['controlled'],
  },
  {
    id: 'shaved-look',
    outcome: 'discuss-first',
    learnMore: '/candidacy#keeping-your-head-shaved',
    question: null,
    fires: [],
  },
  {
    id: 'no-visible-concern',
    outcome: 'discuss-first',
    learnMore: '/candidacy#who-smp-may-suit',
    question: null,
    fires: [],
  },
] as const satisfies readonly {
  id: string
  outcome: string
  learnMore: string
  question: SingleId | 'causeKnown' | null
  fires: readonly string[]
}[]

/** The single-choice questions that gained "I'm not sure" in contract version 2 (age has none). */
export const unsureAdded = ['skinCancerHistory', 'bleedingRisk', 'immune', 'pregnancy', 'healingCondition'] as const

export const severityRank = { 'likely-suitable': 0, 'discuss-first': 1, wait: 2, 'not-suitable': 3 } as const

/**
 * A complete set of answers for which no rule should fire (hairLossSigns and causeKnown apply to a receding
 * hairline).
 */
export const clean: Answers = {
  age: '18-or-over',
  concerns: ['receding-hairline'],
  hairLossSigns: ['none'],
  causeKnown: 'yes',
  scalpCondition: 'none',
  skinCancerHistory: 'no',
  keloidProne: 'no',
  bleedingRisk: 'no',
  pigmentAllergy: 'no',
  immune: 'no',
  pregnancy: 'no',
  healingCondition: 'no',
}

export function valuesOf(id: (typeof specQuestions)[number]['id']): readonly string[] {
  const q = specQuestions.find((s) => s.id === id)
  if (!q) throw new Error(`no spec question ${id}`)
  return q.values
}

/** Builds answers from the clean set; typed loosely so tests can feed any spec value. */
export function withAnswers(overrides: Record<string, unknown>): Answers {
  return { ...clean, ...overrides } as Answers
}

export const learnMorePattern = /^\/[a-z0-9-]+#[a-z0-9-]+$/

/**
 * For each rule in table order, changes to the clean set under which that rule alone fires (one per rule,
 * so a table over the rules can compare what every language shows for the same answers).
 */
export const ruleAnswerSets = [
  { rule: 'minor', answers: { age: 'under-18' } },
  { rule: 'active-scalp-condition', answers: { scalpCondition: 'active' } },
  { rule: 'chemotherapy', answers: { immune: 'chemotherapy' } },
  { rule: 'pregnancy', answers: { pregnancy: 'unsure' } },
  { rule: 'hair-loss-warning-signs', answers: { hairLossSigns: ['sudden'] } },
  { rule: 'cause-unknown', answers: { causeKnown: 'unsure' } },
  { rule: 'alopecia-areata', answers: { concerns: ['alopecia'], shavedLookOk: 'yes' } },
  { rule: 'skin-cancer-history', answers: { skinCancerHistory: 'unsure' } },
  { rule: 'keloid', answers: { keloidProne: 'yes' } },
  { rule: 'bleeding-risk', answers: { bleedingRisk: 'unsure' } },
  { rule: 'pigment-allergy', answers: { pigmentAllergy: 'yes' } },
  { rule: 'autoimmune', answers: { immune: 'unsure' } },
  { rule: 'healing-condition', answers: { healingCondition: 'unsure' } },
  { rule: 'controlled-scalp-condition', answers: { scalpCondition: 'controlled' } },
  { rule: 'shaved-look', answers: { concerns: ['complete-baldness'], shavedLookOk: 'no' } },
  { rule: 'no-visible-concern', answers: { concerns: ['none'], hairLossSigns: undefined, causeKnown: undefined } },
] as const satisfies readonly { rule: (typeof specRules)[number]['id']; answers: Record<string, unknown> }[]
