// The rules as plain data: the outcome each gives and where to read more. When each rule fires lives in
// triggers.ts; what a patient reads (title, explanation) is per language, keyed by rule id
// (lib/candidacy/texts.ts, lib/i18n/words/self-check-rules.ts), so every language shares these rules.
import { requiredSections } from '@/lib/required-pages'
import { ruleIds } from './rule-ids'
import type { Rule, RuleId } from './types'

// A Record forces exactly one entry per rule id; the array below fixes the table order.
const ruleContent: Record<RuleId, Omit<Rule, 'id'>> = {
  minor: {
    outcome: 'not-suitable',
    learnMore: '/contraindications#under-18s',
  },
  'active-scalp-condition': {
    outcome: 'wait',
    learnMore: '/contraindications#scalp-conditions',
  },
  chemotherapy: {
    outcome: 'wait',
    learnMore: '/contraindications#weakened-immune-system',
  },
  pregnancy: {
    outcome: 'wait',
    learnMore: '/contraindications#pregnancy-and-breastfeeding',
  },
  'hair-loss-warning-signs': {
    outcome: 'discuss-first',
    learnMore: requiredSections.hairLossWarningSigns,
  },
  'skin-cancer-history': {
    outcome: 'discuss-first',
    learnMore: '/contraindications#skin-cancer',
  },
  keloid: {
    outcome: 'discuss-first',
    learnMore: '/contraindications#keloid-scars',
  },
  'bleeding-risk': {
    outcome: 'discuss-first',
    learnMore: '/contraindications#bleeding-and-blood-thinners',
  },
  'pigment-allergy': {
    outcome: 'discuss-first',
    learnMore: '/contraindications#pigment-allergy',
  },
  autoimmune: {
    outcome: 'discuss-first',
    learnMore: '/contraindications#autoimmune-conditions',
  },
  'healing-condition': {
    outcome: 'discuss-first',
    learnMore: '/contraindications#conditions-that-slow-healing',
  },
  'controlled-scalp-condition': {
    outcome: 'discuss-first',
    learnMore: '/contraindications#scalp-conditions',
  },
  'shaved-look': {
    outcome: 'discuss-first',
    learnMore: '/candidacy#keeping-your-head-shaved',
  },
  'no-visible-concern': {
    outcome: 'discuss-first',
    learnMore: '/candidacy#who-smp-may-suit',
  },
}

/** Every rule, in table order. */
export const rules: readonly Rule[] = ruleIds.map((id) => ({ id, ...ruleContent[id] }))

export const rulesById: Readonly<Record<RuleId, Rule>> = Object.fromEntries(
  rules.map((rule) => [rule.id, rule]),
) as Record<RuleId, Rule>
