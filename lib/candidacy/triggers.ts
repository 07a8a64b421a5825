// When each rule fires. Kept apart from the rule wording so the wording stays plain data.
import { needsHairLossSignsAnswer, needsShavedLookAnswer } from './applicability'
import type { Answers, RuleId } from './types'

const warningSigns: readonly string[] = ['sudden', 'new-patches', 'itchy-or-sore']

// A Record forces exactly one trigger per rule id. "I'm not sure" counts as a reason to ask first.
export const ruleTriggers: Readonly<Record<RuleId, (answers: Answers) => boolean>> = {
  minor: (a) => a.age === 'under-18',
  'active-scalp-condition': (a) => a.scalpCondition === 'active',
  chemotherapy: (a) => a.immune === 'chemotherapy',
  pregnancy: (a) => a.pregnancy === 'pregnant' || a.pregnancy === 'breastfeeding' || a.pregnancy === 'unsure',
  // hairLossSigns only counts when the question applied; otherwise it is ignored.
  'hair-loss-warning-signs': (a) =>
    needsHairLossSignsAnswer(a.concerns) && (a.hairLossSigns ?? []).some((sign) => warningSigns.includes(sign)),
  'skin-cancer-history': (a) => a.skinCancerHistory === 'yes' || a.skinCancerHistory === 'unsure',
  keloid: (a) => a.keloidProne === 'yes' || a.keloidProne === 'unsure',
  'bleeding-risk': (a) => a.bleedingRisk === 'yes' || a.bleedingRisk === 'unsure',
  'pigment-allergy': (a) => a.pigmentAllergy === 'yes' || a.pigmentAllergy === 'unsure',
  autoimmune: (a) => a.immune === 'autoimmune-or-other' || a.immune === 'unsure',
  'healing-condition': (a) => a.healingCondition === 'yes' || a.healingCondition === 'unsure',
  'controlled-scalp-condition': (a) => a.scalpCondition === 'controlled',
  // shavedLookOk only counts when the question applied; otherwise it is ignored.
  'shaved-look': (a) => needsShavedLookAnswer(a.concerns) && (a.shavedLookOk === 'no' || a.shavedLookOk === 'unsure'),
  'no-visible-concern': (a) => a.concerns.length === 1 && a.concerns[0] === 'none',
}
