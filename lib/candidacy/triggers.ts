// When each rule fires. Kept apart from the rule wording so the wording stays plain data.
import { needsShavedLookAnswer } from './applicability'
import type { Answers, RuleId } from './types'

// A Record forces exactly one trigger per rule id.
export const ruleTriggers: Readonly<Record<RuleId, (answers: Answers) => boolean>> = {
  minor: (a) => a.age === 'under-18',
  'active-scalp-condition': (a) => a.scalpCondition === 'active',
  chemotherapy: (a) => a.immune === 'chemotherapy',
  pregnancy: (a) => a.pregnancy === 'pregnant' || a.pregnancy === 'breastfeeding',
  'skin-cancer-history': (a) => a.skinCancerHistory === 'yes',
  keloid: (a) => a.keloidProne === 'yes' || a.keloidProne === 'unsure',
  'bleeding-risk': (a) => a.bleedingRisk === 'yes',
  'pigment-allergy': (a) => a.pigmentAllergy === 'yes' || a.pigmentAllergy === 'unsure',
  autoimmune: (a) => a.immune === 'autoimmune-or-other',
  'healing-condition': (a) => a.healingCondition === 'yes',
  // shavedLookOk only counts when the question applied; otherwise it is ignored.
  'shaved-look': (a) =>
    needsShavedLookAnswer(a.concerns) &&
    (a.shavedLookOk === 'no' || a.shavedLookOk === 'unsure'),
  'no-visible-concern': (a) => a.concerns.length === 1 && a.concerns[0] === 'none',
}
