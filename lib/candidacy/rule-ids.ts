// Rule ids in table order. This order is the tie-break when findings are sorted,
// so keep it in step with the rules table in the spec.
export const ruleIds = [
  'minor',
  'active-scalp-condition',
  'chemotherapy',
  'pregnancy',
  'hair-loss-warning-signs',
  'skin-cancer-history',
  'keloid',
  'bleeding-risk',
  'pigment-allergy',
  'autoimmune',
  'healing-condition',
  'controlled-scalp-condition',
  'shaved-look',
  'no-visible-concern',
] as const
