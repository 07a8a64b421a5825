// The rules as plain data (titles and advice a patient reads). When each rule fires
// lives in triggers.ts, so this list stays serialisable and easy to review as wording.
import { requiredSections } from '@/lib/required-pages'
import { ruleIds } from './rule-ids'
import type { Rule, RuleId } from './types'

// A Record forces exactly one entry per rule id; the array below fixes the table order.
const ruleContent: Record<RuleId, Omit<Rule, 'id'>> = {
  minor: {
    outcome: 'not-suitable',
    title: 'You are under 18',
    explanation:
      'Some clinics do not treat anyone under 18, and in some countries the law does not allow it. Your hair loss may also still change, and SMP is hard to undo. A doctor can talk with you about your hair in the meantime.',
    learnMore: '/contraindications#under-18s',
  },
  'active-scalp-condition': {
    outcome: 'wait',
    title: 'You have an active scalp condition',
    explanation:
      'SMP on sore or inflamed skin can make it worse and stop it healing well. Wait until the condition is under control. Your family doctor or a skin doctor (dermatologist) can help with that.',
    learnMore: '/contraindications#scalp-conditions',
  },
  chemotherapy: {
    outcome: 'wait',
    title: 'You are having chemotherapy',
    explanation:
      'Chemotherapy weakens your body’s defences, so an infection is more likely. Talk to the doctor treating you before you book SMP.',
    learnMore: '/contraindications#weakened-immune-system',
  },
  pregnancy: {
    outcome: 'wait',
    title: 'You are, or may be, pregnant or breastfeeding',
    explanation:
      'There is no direct evidence that SMP causes harm, but the usual advice is to wait until after pregnancy and breastfeeding. If you are not sure whether you are pregnant, wait until you know.',
    learnMore: '/contraindications#pregnancy-and-breastfeeding',
  },
  'hair-loss-warning-signs': {
    outcome: 'discuss-first',
    title: 'Your hair loss has signs a doctor should check',
    explanation:
      'See a doctor about your hair loss first, because its cause may need treatment. SMP hides hair loss but does not treat it. Hair loss that is still changing can change how SMP looks later.',
    learnMore: requiredSections.hairLossWarningSigns,
  },
  'skin-cancer-history': {
    outcome: 'discuss-first',
    title: 'You have had, or may have had, skin cancer',
    explanation:
      'SMP is not known to cause cancer, but your scalp needs regular skin checks. Before you think about SMP, talk to your family doctor or a skin doctor (dermatologist). Do this too if you are not sure.',
    learnMore: '/contraindications#skin-cancer',
  },
  keloid: {
    outcome: 'discuss-first',
    title: 'You may get thick, raised scars',
    explanation:
      'Some people heal with thick, raised scars called keloids. SMP makes many tiny wounds in the skin, so this is a risk to think about. Talk it through with your practitioner before you go ahead.',
    learnMore: '/contraindications#keloid-scars',
  },
  'bleeding-risk': {
    outcome: 'discuss-first',
    title: 'You may bleed more easily',
    explanation:
      'A clotting problem or blood-thinning medicine can affect bleeding and healing. Tell your practitioner, and if you are not sure about a medicine, ask a doctor or pharmacist. Never stop a prescribed medicine without advice from the person who prescribed it.',
    learnMore: '/contraindications#bleeding-and-blood-thinners',
  },
  'pigment-allergy': {
    outcome: 'discuss-first',
    title: 'You may be allergic to pigments',
    explanation:
      'An allergy to SMP pigment is rare. Tell your practitioner and ask about a patch test, where a tiny amount is tried on your skin first. A clear patch test does not rule out a reaction later.',
    learnMore: '/contraindications#pigment-allergy',
  },
  autoimmune: {
    outcome: 'discuss-first',
    title: 'You may have a condition that affects your immune system',
    explanation:
      'An autoimmune disease, such as alopecia areata, is not the same as a weakened immune system. But some illnesses and treatments make an infection more likely. Talk to the doctor treating you, or your family doctor, before you book SMP.',
    learnMore: '/contraindications#autoimmune-conditions',
  },
  'healing-condition': {
    outcome: 'discuss-first',
    title: 'You may have a condition that slows healing',
    explanation:
      'Your skin needs to heal well after each session. Talk to your doctor first, even if you are not sure, and tell your practitioner about the condition.',
    learnMore: '/contraindications#conditions-that-slow-healing',
  },
  'controlled-scalp-condition': {
    outcome: 'discuss-first',
    title: 'You have a scalp condition that is under control',
    explanation:
      'Tell your practitioner about it, even when it is calm. SMP on inflamed skin can make a condition worse. If it flares up before a session, wait until it settles.',
    learnMore: '/contraindications#scalp-conditions',
  },
  'shaved-look': {
    outcome: 'discuss-first',
    title: 'You may not want to keep your head shaved',
    explanation:
      'The shaved look only works on a head you keep closely shaved, for as long as you want the look. If you would rather keep some hair, ask about the added-density look. Your practitioner can tell you whether it may suit your hair loss.',
    learnMore: '/candidacy#keeping-your-head-shaved',
  },
  'no-visible-concern': {
    outcome: 'discuss-first',
    title: 'You did not choose a hair loss concern',
    explanation:
      'SMP is used for hair loss, thinning hair, and scars or birthmarks on the scalp. A consultation can help you talk through what you hope for.',
    learnMore: '/candidacy#who-smp-may-suit',
  },
}

/** Every rule, in table order. */
export const rules: readonly Rule[] = ruleIds.map((id) => ({ id, ...ruleContent[id] }))

export const rulesById: Readonly<Record<RuleId, Rule>> = Object.fromEntries(
  rules.map((rule) => [rule.id, rule]),
) as Record<RuleId, Rule>
