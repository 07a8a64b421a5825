// The candidacy questions: the one source of the self-check contract. Everything else is derived
// from this array: the by-id map here, the Answers types (types.ts), the zod schema (schema.ts),
// the zod-free check (check.ts), which questions apply (applicability.ts) and the neutral answers
// (neutral.ts). To add a question, add it here; tsc and the tests point at what else needs a choice.
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

/** The questions in the order a patient answers them. */
export const questions = [
  question({
    id: 'age',
    text: 'How old are you?',
    hint: 'Some clinics only treat adults, and in some countries the law does not allow SMP for under-18s.',
    options: [
      { value: 'under-18', label: 'Under 18' },
      { value: '18-or-over', label: '18 or over' },
    ],
    neutral: '18-or-over',
    learnMore: '/contraindications#under-18s',
  }),
  question({
    id: 'concerns',
    text: 'What would you like SMP to help with?',
    hint: 'Choose all that apply.',
    multiple: true,
    options: [
      { value: 'receding-hairline', label: 'A receding hairline' },
      { value: 'diffuse-thinning', label: 'Thinning hair all over my head' },
      { value: 'bald-patches', label: 'Bald spots or patches' },
      { value: 'complete-baldness', label: 'Complete baldness' },
      { value: 'alopecia', label: 'Alopecia areata (hair loss in patches, or all over, from an autoimmune condition)' },
      { value: 'scars', label: 'Scars on my scalp' },
      { value: 'birthmarks', label: 'A birthmark on my scalp' },
      { value: 'none', label: 'None of these' },
    ],
    neutral: 'receding-hairline',
    learnMore: '/candidacy#who-smp-may-suit',
  }),
  question({
    id: 'hairLossSigns',
    text: 'Do any of these apply to your hair loss?',
    hint: 'Choose all that apply. A doctor should check these signs before you think about SMP.',
    multiple: true,
    options: [
      { value: 'sudden', label: 'It started suddenly or quickly, or my hair comes out in clumps' },
      { value: 'new-patches', label: 'New bald patches have appeared in the last year' },
      {
        value: 'itchy-or-sore',
        label:
          'My scalp itches, burns, is sore or scaly, or looks red (on brown or black skin it may look darker or purple)',
      },
      { value: 'none', label: 'None of these' },
    ],
    askedWhen: {
      question: 'concerns',
      anyOf: ['receding-hairline', 'diffuse-thinning', 'bald-patches', 'complete-baldness', 'alopecia'],
    },
    neutral: 'none',
    learnMore: requiredSections.hairLossWarningSigns,
  }),
  question({
    id: 'shavedLookOk',
    text: 'Would you be happy to keep your head closely shaved?',
    hint: 'The shaved look only works if you keep your head closely shaved.',
    options: [
      { value: 'yes', label: 'Yes' },
      { value: 'no', label: 'No' },
      { value: 'unsure', label: "I'm not sure" },
    ],
    askedWhen: { question: 'concerns', anyOf: ['complete-baldness', 'alopecia'] },
    neutral: 'yes',
    learnMore: '/candidacy#keeping-your-head-shaved',
  }),
  question({
    id: 'scalpCondition',
    text: 'Do you have psoriasis, eczema or severe acne on your scalp?',
    hint: 'Sore or inflamed skin needs to settle down before SMP. Tell your practitioner about a scalp condition even when it is calm.',
    options: [
      { value: 'none', label: 'No' },
      { value: 'controlled', label: 'Yes, but it is under control' },
      { value: 'active', label: 'Yes, it is active or flaring now' },
    ],
    neutral: 'none',
    learnMore: '/contraindications#scalp-conditions',
  }),
  question({
    id: 'skinCancerHistory',
    text: 'Have you ever had skin cancer?',
    hint: 'A skin doctor may need to check your scalp first.',
    options: [
      { value: 'no', label: 'No' },
      { value: 'yes', label: 'Yes' },
      { value: 'unsure', label: "I'm not sure" },
    ],
    neutral: 'no',
    learnMore: '/contraindications#skin-cancer',
  }),
  question({
    id: 'keloidProne',
    text: 'Do you get thick, raised scars when your skin heals?',
    hint: 'These are called keloid scars. SMP makes many tiny wounds in the skin, so how you scar matters.',
    options: [
      { value: 'no', label: 'No' },
      { value: 'yes', label: 'Yes' },
      { value: 'unsure', label: "I'm not sure" },
    ],
    neutral: 'no',
    learnMore: '/contraindications#keloid-scars',
  }),
  question({
    id: 'bleedingRisk',
    text: 'Do you have a bleeding or clotting problem, or take medicine that thins your blood?',
    hint: 'This can affect bleeding and healing after SMP.',
    options: [
      { value: 'no', label: 'No' },
      { value: 'yes', label: 'Yes' },
      { value: 'unsure', label: "I'm not sure" },
    ],
    neutral: 'no',
    learnMore: '/contraindications#bleeding-and-blood-thinners',
  }),
  question({
    id: 'pigmentAllergy',
    text: 'Have you ever had an allergic reaction to tattoo ink or other pigments?',
    hint: 'This kind of allergy is rare, but it is worth checking first.',
    options: [
      { value: 'no', label: 'No' },
      { value: 'yes', label: 'Yes' },
      { value: 'unsure', label: "I'm not sure" },
    ],
    neutral: 'no',
    learnMore: '/contraindications#pigment-allergy',
  }),
  question({
    id: 'immune',
    text: 'Are you having chemotherapy, or do you have an autoimmune disease?',
    hint: 'In an autoimmune disease, the immune system attacks the body by mistake. Alopecia areata is one. Some illnesses and treatments, such as chemotherapy, make infection more likely.',
    options: [
      { value: 'no', label: 'No' },
      { value: 'chemotherapy', label: 'Yes, I am having chemotherapy' },
      {
        value: 'autoimmune-or-other',
        label: 'Yes, I have an autoimmune disease, or something else that affects my immune system',
      },
      { value: 'unsure', label: "I'm not sure" },
    ],
    neutral: 'no',
    learnMore: '/contraindications#weakened-immune-system',
  }),
  question({
    id: 'pregnancy',
    text: 'Are you pregnant or breastfeeding?',
    hint: 'The usual advice is to wait until after pregnancy and breastfeeding.',
    options: [
      { value: 'no', label: 'No' },
      { value: 'pregnant', label: 'Yes, I am pregnant' },
      { value: 'breastfeeding', label: 'Yes, I am breastfeeding' },
      { value: 'unsure', label: "I'm not sure" },
    ],
    neutral: 'no',
    learnMore: '/contraindications#pregnancy-and-breastfeeding',
  }),
  question({
    id: 'healingCondition',
    text: 'Do you have a health problem that slows healing, such as diabetes that is not under control?',
    hint: 'Your skin needs to heal well after each session.',
    options: [
      { value: 'no', label: 'No' },
      { value: 'yes', label: 'Yes' },
      { value: 'unsure', label: "I'm not sure" },
    ],
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
