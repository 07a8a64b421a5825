// The rules as plain data (titles and advice a patient reads). When each rule fires
// lives in triggers.ts, so this list stays serialisable and easy to review as wording.
import { ruleIds } from './rule-ids'
import type { Rule, RuleId } from './types'

// A Record forces exactly one entry per rule id; the array below fixes the table order.
const ruleContent: Record<RuleId, Omit<Rule, 'id'>> = {
  minor: {
    outcome: 'not-suitable',
    title: 'You are under 18',
    explanation:
      'Clinics usually do not offer SMP to anyone under 18. This is partly the law, and partly because your hair loss may still change. A GP can talk with you about your hair in the meantime.',
    learnMore: '/contraindications#under-18s',
  },
  'active-scalp-condition': {
    outcome: 'wait',
    title: 'You have an active scalp condition',
    explanation:
      'SMP on sore or inflamed skin can make it worse and stop it healing well. Wait until the condition is under control. Your GP or a skin doctor can help with that.',
    learnMore: '/contraindications#scalp-conditions',
  },
  chemotherapy: {
    outcome: 'wait',
    title: 'You are having chemotherapy',
    explanation:
      'Chemotherapy weakens your body’s defences, so an infection is more likely. Wait for now, and ask the doctor treating you when SMP might be safe.',
    learnMore: '/contraindications#weakened-immune-system',
  },
  pregnancy: {
    outcome: 'wait',
    title: 'You are pregnant or breastfeeding',
    explanation:
      'There is no direct proof that SMP causes harm. But most clinics advise waiting until after pregnancy and breastfeeding.',
    learnMore: '/contraindications#pregnancy-and-breastfeeding',
  },
  'skin-cancer-history': {
    outcome: 'discuss-first',
    title: 'You have had skin cancer',
    explanation:
      'SMP is not known to cause cancer, but your scalp needs regular skin checks. Talk to a skin doctor (dermatologist) before you think about SMP.',
    learnMore: '/contraindications#skin-cancer',
  },
  keloid: {
    outcome: 'discuss-first',
    title: 'You may get thick, raised scars',
    explanation:
      'Some people heal with thick, raised scars called keloids. SMP marks the skin, so this is a risk to think about. Talk it through with your practitioner before you go ahead.',
    learnMore: '/contraindications#keloid-scars',
  },
  'bleeding-risk': {
    outcome: 'discuss-first',
    title: 'You may bleed more easily',
    explanation:
      'A clotting problem or blood-thinning medicine can affect bleeding and healing. Tell your practitioner. Never stop a prescribed medicine without advice from the person who prescribed it.',
    learnMore: '/contraindications#bleeding-and-blood-thinners',
  },
  'pigment-allergy': {
    outcome: 'discuss-first',
    title: 'You may be allergic to pigments',
    explanation:
      'An allergy to SMP pigment is rare. Tell your practitioner. A patch test, where a tiny amount is tried on your skin first, can check.',
    learnMore: '/contraindications#pigment-allergy',
  },
  autoimmune: {
    outcome: 'discuss-first',
    title: 'Your immune system may be weakened',
    explanation:
      'This can make an infection more likely. Talk to the doctor treating you before you book SMP.',
    learnMore: '/contraindications#weakened-immune-system',
  },
  'healing-condition': {
    outcome: 'discuss-first',
    title: 'You have a condition that slows healing',
    explanation:
      'Your skin needs to heal well after each session. Talk to your doctor first, and tell your practitioner about the condition.',
    learnMore: '/contraindications#conditions-that-slow-healing',
  },
  'shaved-look': {
    outcome: 'discuss-first',
    title: 'You may not want to keep your head shaved',
    explanation:
      'The full-coverage look works best on a closely shaved head that you keep shaved. Talk it through with your practitioner. SMP can also add density to thinning hair, but that may or may not suit you.',
    learnMore: '/candidacy#keeping-your-head-shaved',
  },
  'no-visible-concern': {
    outcome: 'discuss-first',
    title: 'You did not choose a hair loss concern',
    explanation:
      'SMP is for visible hair loss, thinning hair or scars. A consultation can help you talk through what you hope for.',
    learnMore: '/candidacy#who-smp-may-suit',
  },
}

/** Every rule, in table order. */
export const rules: readonly Rule[] = ruleIds.map((id) => ({ id, ...ruleContent[id] }))

export const rulesById: Readonly<Record<RuleId, Rule>> = Object.fromEntries(
  rules.map((rule) => [rule.id, rule]),
) as Record<RuleId, Rule>
