// The candidacy questions: the one source of the self-check contract. Everything else is derived
// from this array: the by-id map here, the Answers types (types.ts), the zod schema (schema.ts),
// the zod-free check (check.ts), which questions apply (applicability.ts) and the neutral answers
// (neutral.ts). To add a question, add it here; tsc and the tests point at what else needs a choice,
// including its words in every language (lib/i18n/words/self-check-questions.ts, keyed by id and value).
import { requiredSections } from '@/lib/required-pages'
import type { Question } from './shapes'

// A `const` type parameter keeps each id, option value, `multiple` and `askedWhen` as literal types,
// so the answer types and the rules are checked against the real values at compile time. The
// intersection makes `neutral` one of the question's own values. The result also has Question's
// optional fields, so `q.multiple` and `q.askedWhen` can be read on any question.
function question<const Q extends Question>(
  q: Q & { readonly neutral: Q['options'][number]['value'] },
): Q & Omit<Question, keyof Q> {
  return q
}

// The hair-loss concerns (not scars, birthmarks or none): the warning signs and whether a doctor has said
// why are asked for these, under the one condition.
const askedForHairLoss = {
  question: 'concerns',
  anyOf: ['receding-hairline', 'diffuse-thinning', 'bald-patches', 'complete-baldness', 'alopecia'],
} as const

/** The questions in the order a patient answers them. */
export const questions = [
  question({
    id: 'age',
    options: [{ value: 'under-18' }, { value: '18-or-over' }],
    neutral: '18-or-over',
    learnMore: '/contraindications#under-18s',
  }),
  question({
    id: 'concerns',
    multiple: true,
    options: [
      { value: 'receding-hairline' },
      { value: 'diffuse-thinning' },
      { value: 'bald-patches' },
      { value: 'complete-baldness' },
      { value: 'alopecia' },
      { value: 'scars' },
      { value: 'birthmarks' },
      { value: 'none' },
    ],
    neutral: 'receding-hairline',
    learnMore: '/candidacy#who-smp-may-suit',
  }),
  question({
    id: 'hairLossSigns',
    multiple: true,
    options: [{ value: 'sudden' }, { value: 'new-patches' }, { value: 'itchy-or-sore' }, { value: 'none' }],
    askedWhen: askedForHairLoss,
    neutral: 'none',
    learnMore: requiredSections.hairLossWarningSigns,
  }),
  question({
    id: 'causeKnown',
    options: [{ value: 'yes' }, { value: 'no' }, { value: 'unsure' }],
    // Contract version 3: find out the cause first (content brief, sections 13 and 18).
    askedWhen: askedForHairLoss,
    neutral: 'yes',
    learnMore: '/hair-loss-causes#why-this-matters-for-smp',
  }),
  question({
    id: 'shavedLookOk',
    options: [{ value: 'yes' }, { value: 'no' }, { value: 'unsure' }],
    askedWhen: { question: 'concerns', anyOf: ['complete-baldness', 'alopecia'] },
    neutral: 'yes',
    learnMore: '/candidacy#keeping-your-head-shaved',
  }),
  question({
    id: 'scalpCondition',
    options: [{ value: 'none' }, { value: 'controlled' }, { value: 'active' }],
    neutral: 'none',
    learnMore: '/contraindications#scalp-conditions',
  }),
  question({
    id: 'skinCancerHistory',
    options: [{ value: 'no' }, { value: 'yes' }, { value: 'unsure' }],
    neutral: 'no',
    learnMore: '/contraindications#skin-cancer',
  }),
  question({
    id: 'keloidProne',
    options: [{ value: 'no' }, { value: 'yes' }, { value: 'unsure' }],
    neutral: 'no',
    learnMore: '/contraindications#keloid-scars',
  }),
  question({
    id: 'bleedingRisk',
    options: [{ value: 'no' }, { value: 'yes' }, { value: 'unsure' }],
    neutral: 'no',
    learnMore: '/contraindications#bleeding-and-blood-thinners',
  }),
  question({
    id: 'pigmentAllergy',
    options: [{ value: 'no' }, { value: 'yes' }, { value: 'unsure' }],
    neutral: 'no',
    learnMore: '/contraindications#pigment-allergy',
  }),
  question({
    id: 'immune',
    options: [{ value: 'no' }, { value: 'chemotherapy' }, { value: 'autoimmune-or-other' }, { value: 'unsure' }],
    neutral: 'no',
    learnMore: '/contraindications#weakened-immune-system',
  }),
  question({
    id: 'pregnancy',
    options: [{ value: 'no' }, { value: 'pregnant' }, { value: 'breastfeeding' }, { value: 'unsure' }],
    neutral: 'no',
    learnMore: '/contraindications#pregnancy-and-breastfeeding',
  }),
  question({
    id: 'healingCondition',
    options: [{ value: 'no' }, { value: 'yes' }, { value: 'unsure' }],
    neutral: 'no',
    learnMore: '/contraindications#conditions-that-slow-healing',
  }),
] as const

/** Any one of the questions; narrow on `id` to get its exact option values. */
export type AnyQuestion = (typeof questions)[number]

type ById = { readonly [Q in AnyQuestion as Q['id']]: Q }

/** Each question by its id, for direct, fully typed look-ups. */
export const questionsById: ById = Object.fromEntries(questions.map((q) => [q.id, q])) as unknown as ById

/** The allowed values of a question, in option order (e.g. for building the schema). */
export function optionValues<const Id extends string, const V extends string>(q: Question<Id, V>): V[] {
  return q.options.map((o) => o.value)
}
