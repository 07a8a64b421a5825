// The rules: one record per rule, so a rule's id, the outcome it gives, who it sends the reader to, where
// to read more and when it fires are read and changed together. What a patient reads (title,
// explanation) is per language, keyed by rule id (lib/i18n/words/self-check-rules.ts; `ruleText` in
// rule-text.ts), so every language shares these rules. The order is the table order: the tie-break when
// findings of the same outcome are sorted.
import { requiredSections } from '@/lib/required-pages'
import { isQuestionApplicable } from './applicability'
import type { Advice, RuleOutcome } from './outcomes'
import type { LearnMoreUrl } from './shapes'
import type { Answers } from './types'

type RuleRecord = {
  readonly id: string
  readonly outcome: RuleOutcome
  /** Who the reader should talk to first (a doctor, a practitioner) or what to do (wait). */
  readonly advice: Advice
  readonly learnMore: LearnMoreUrl
  /** Whether the rule fires for a valid set of answers. */
  readonly firesWhen: (answers: Answers) => boolean
}

// "I'm not sure" counts as a reason to ask first.
const yesOrUnsure = (answer: string) => answer === 'yes' || answer === 'unsure'
const warningSigns: readonly string[] = ['sudden', 'new-patches', 'itchy-or-sore']

export const ruleRecords = [
  {
    id: 'minor',
    outcome: 'not-suitable',
    advice: 'not-offered',
    learnMore: '/contraindications#under-18s',
    firesWhen: (a) => a.age === 'under-18',
  },
  {
    id: 'active-scalp-condition',
    outcome: 'wait',
    advice: 'wait',
    learnMore: '/contraindications#scalp-conditions',
    firesWhen: (a) => a.scalpCondition === 'active',
  },
  {
    id: 'chemotherapy',
    outcome: 'wait',
    advice: 'doctor',
    learnMore: '/contraindications#weakened-immune-system',
    firesWhen: (a) => a.immune === 'chemotherapy',
  },
  {
    id: 'pregnancy',
    outcome: 'wait',
    advice: 'wait',
    learnMore: '/contraindications#pregnancy-and-breastfeeding',
    firesWhen: (a) => a.pregnancy === 'pregnant' || a.pregnancy === 'breastfeeding' || a.pregnancy === 'unsure',
  },
  {
    id: 'hair-loss-warning-signs',
    outcome: 'discuss-first',
    advice: 'doctor',
    learnMore: requiredSections.hairLossWarningSigns,
    // Only counts when the question applied; otherwise it is ignored.
    firesWhen: (a) =>
      isQuestionApplicable('hairLossSigns', a) && (a.hairLossSigns ?? []).some((sign) => warningSigns.includes(sign)),
  },
  {
    id: 'cause-unknown',
    outcome: 'discuss-first',
    advice: 'doctor',
    learnMore: '/hair-loss-causes#what-a-doctor-can-do',
    // Only counts when the question applied; otherwise it is ignored.
    firesWhen: (a) => isQuestionApplicable('causeKnown', a) && (a.causeKnown === 'no' || a.causeKnown === 'unsure'),
  },
  {
    id: 'alopecia-areata',
    outcome: 'discuss-first',
    advice: 'doctor',
    learnMore: '/hair-loss-causes#alopecia-areata',
    firesWhen: (a) => a.concerns.includes('alopecia'),
  },
  {
    id: 'skin-cancer-history',
    outcome: 'discuss-first',
    advice: 'doctor',
    learnMore: '/contraindications#skin-cancer',
    firesWhen: (a) => yesOrUnsure(a.skinCancerHistory),
  },
  {
    id: 'keloid',
    outcome: 'discuss-first',
    advice: 'practitioner',
    learnMore: '/contraindications#keloid-scars',
    firesWhen: (a) => yesOrUnsure(a.keloidProne),
  },
  {
    id: 'bleeding-risk',
    outcome: 'discuss-first',
    // Practitioners are usually not doctors: the doctor treating the condition or who prescribed the medicine first.
    advice: 'doctor',
    learnMore: '/contraindications#bleeding-and-blood-thinners',
    firesWhen: (a) => yesOrUnsure(a.bleedingRisk),
  },
  {
    id: 'pigment-allergy',
    outcome: 'discuss-first',
    advice: 'practitioner',
    learnMore: '/contraindications#pigment-allergy',
    firesWhen: (a) => yesOrUnsure(a.pigmentAllergy),
  },
  {
    id: 'autoimmune',
    outcome: 'discuss-first',
    advice: 'doctor',
    learnMore: '/contraindications#autoimmune-conditions',
    firesWhen: (a) => a.immune === 'autoimmune-or-other' || a.immune === 'unsure',
  },
  {
    id: 'healing-condition',
    outcome: 'discuss-first',
    advice: 'doctor',
    learnMore: '/contraindications#conditions-that-slow-healing',
    firesWhen: (a) => yesOrUnsure(a.healingCondition),
  },
  {
    id: 'controlled-scalp-condition',
    outcome: 'discuss-first',
    advice: 'practitioner',
    learnMore: '/contraindications#scalp-conditions',
    firesWhen: (a) => a.scalpCondition === 'controlled',
  },
  {
    id: 'shaved-look',
    outcome: 'discuss-first',
    advice: 'practitioner',
    learnMore: '/candidacy#keeping-your-head-shaved',
    // Only counts when the question applied; otherwise it is ignored.
    firesWhen: (a) =>
      isQuestionApplicable('shavedLookOk', a) && (a.shavedLookOk === 'no' || a.shavedLookOk === 'unsure'),
  },
  {
    id: 'no-visible-concern',
    outcome: 'discuss-first',
    advice: 'practitioner',
    learnMore: '/candidacy#who-smp-may-suit',
    firesWhen: (a) => a.concerns.length === 1 && a.concerns[0] === 'none',
  },
] as const satisfies readonly RuleRecord[]

export type RuleId = (typeof ruleRecords)[number]['id']

/** A rule's structure; its title and explanation are per language, keyed by `id` (RuleTexts in texts.ts). */
export interface Rule {
  readonly id: RuleId
  readonly outcome: RuleOutcome
  readonly learnMore: LearnMoreUrl
}

/** Rule ids in table order. */
export const ruleIds: readonly RuleId[] = ruleRecords.map((record) => record.id)

/** Every rule, in table order, as plain data (the public contract: no advice, no function). */
export const rules: readonly Rule[] = ruleRecords.map(({ id, outcome, learnMore }) => ({ id, outcome, learnMore }))

export const rulesById: Readonly<Record<RuleId, Rule>> = Object.fromEntries(
  rules.map((rule) => [rule.id, rule]),
) as Record<RuleId, Rule>

// Objects, not Maps, for direct, typed look-ups; every key is a known rule id.
const byId = <T>(pick: (record: (typeof ruleRecords)[number]) => T) =>
  Object.fromEntries(ruleRecords.map((record) => [record.id, pick(record)])) as Readonly<Record<RuleId, T>>

/** When each rule fires. */
export const ruleTriggers: Readonly<Record<RuleId, (answers: Answers) => boolean>> = byId((record) => record.firesWhen)

/** What each rule asks the reader to do: wait, see a doctor first, or talk it through with a practitioner. */
export const ruleAdvice: Readonly<Record<RuleId, Advice>> = byId((record) => record.advice)
