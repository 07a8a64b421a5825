// The candidacy questions, as plain data the UI can render in order.
import { requiredSections } from '@/lib/required-pages'
import type { Question } from './types'

// `const` type parameters keep each id and option value as a literal type,
// so answers and rules are checked against the real values at compile time.
function question<const Id extends string, const V extends string>(
  q: Question<Id, V>,
): Question<Id, V> {
  return q
}

const age = question({
  id: 'age',
  text: 'How old are you?',
  hint: 'Some clinics only treat adults, and in some countries the law does not allow SMP for under-18s.',
  options: [
    { value: 'under-18', label: 'Under 18' },
    { value: '18-or-over', label: '18 or over' },
  ],
  learnMore: '/contraindications#under-18s',
})

const concerns = question({
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
  learnMore: '/candidacy#who-smp-may-suit',
})

const hairLossSigns = question({
  id: 'hairLossSigns',
  text: 'Do any of these apply to your hair loss?',
  hint: 'Choose all that apply. A doctor should check these signs before you think about SMP.',
  multiple: true,
  options: [
    { value: 'sudden', label: 'It started suddenly or quickly, or my hair comes out in clumps' },
    { value: 'new-patches', label: 'New bald patches have appeared in the last year' },
    {
      value: 'itchy-or-sore',
      label: 'My scalp itches, burns, is sore or scaly, or looks red (on brown or black skin it may look darker or purple)',
    },
    { value: 'none', label: 'None of these' },
  ],
  learnMore: requiredSections.hairLossWarningSigns,
})

const shavedLookOk = question({
  id: 'shavedLookOk',
  text: 'Would you be happy to keep your head closely shaved?',
  hint: 'The shaved look only works if you keep your head closely shaved.',
  options: [
    { value: 'yes', label: 'Yes' },
    { value: 'no', label: 'No' },
    { value: 'unsure', label: "I'm not sure" },
  ],
  learnMore: '/candidacy#keeping-your-head-shaved',
})

const scalpCondition = question({
  id: 'scalpCondition',
  text: 'Do you have psoriasis, eczema or severe acne on your scalp?',
  hint: 'Sore or inflamed skin needs to settle down before SMP. Tell your practitioner about a scalp condition even when it is calm.',
  options: [
    { value: 'none', label: 'No' },
    { value: 'controlled', label: 'Yes, but it is under control' },
    { value: 'active', label: 'Yes, it is active or flaring now' },
  ],
  learnMore: '/contraindications#scalp-conditions',
})

const skinCancerHistory = question({
  id: 'skinCancerHistory',
  text: 'Have you ever had skin cancer?',
  hint: 'A skin doctor may need to check your scalp first.',
  options: [
    { value: 'no', label: 'No' },
    { value: 'yes', label: 'Yes' },
    { value: 'unsure', label: "I'm not sure" },
  ],
  learnMore: '/contraindications#skin-cancer',
})

const keloidProne = question({
  id: 'keloidProne',
  text: 'Do you get thick, raised scars when your skin heals?',
  hint: 'These are called keloid scars. SMP makes many tiny wounds in the skin, so how you scar matters.',
  options: [
    { value: 'no', label: 'No' },
    { value: 'yes', label: 'Yes' },
    { value: 'unsure', label: "I'm not sure" },
  ],
  learnMore: '/contraindications#keloid-scars',
})

const bleedingRisk = question({
  id: 'bleedingRisk',
  text: 'Do you have a bleeding or clotting problem, or take medicine that thins your blood?',
  hint: 'This can affect bleeding and healing after SMP.',
  options: [
    { value: 'no', label: 'No' },
    { value: 'yes', label: 'Yes' },
    { value: 'unsure', label: "I'm not sure" },
  ],
  learnMore: '/contraindications#bleeding-and-blood-thinners',
})

const pigmentAllergy = question({
  id: 'pigmentAllergy',
  text: 'Have you ever had an allergic reaction to tattoo ink or other pigments?',
  hint: 'This kind of allergy is rare, but it is worth checking first.',
  options: [
    { value: 'no', label: 'No' },
    { value: 'yes', label: 'Yes' },
    { value: 'unsure', label: "I'm not sure" },
  ],
  learnMore: '/contraindications#pigment-allergy',
})

const immune = question({
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
  learnMore: '/contraindications#weakened-immune-system',
})

const pregnancy = question({
  id: 'pregnancy',
  text: 'Are you pregnant or breastfeeding?',
  hint: 'The usual advice is to wait until after pregnancy and breastfeeding.',
  options: [
    { value: 'no', label: 'No' },
    { value: 'pregnant', label: 'Yes, I am pregnant' },
    { value: 'breastfeeding', label: 'Yes, I am breastfeeding' },
    { value: 'unsure', label: "I'm not sure" },
  ],
  learnMore: '/contraindications#pregnancy-and-breastfeeding',
})

const healingCondition = question({
  id: 'healingCondition',
  text: 'Do you have a health problem that slows healing, such as diabetes that is not under control?',
  hint: 'Your skin needs to heal well after each session.',
  options: [
    { value: 'no', label: 'No' },
    { value: 'yes', label: 'Yes' },
    { value: 'unsure', label: "I'm not sure" },
  ],
  learnMore: '/contraindications#conditions-that-slow-healing',
})

/** Each question by its id, for direct, fully typed look-ups. */
export const questionsById = {
  age,
  concerns,
  hairLossSigns,
  shavedLookOk,
  scalpCondition,
  skinCancerHistory,
  keloidProne,
  bleedingRisk,
  pigmentAllergy,
  immune,
  pregnancy,
  healingCondition,
} as const

/** The questions in the order a patient answers them. */
export const questions = [
  age,
  concerns,
  hairLossSigns,
  shavedLookOk,
  scalpCondition,
  skinCancerHistory,
  keloidProne,
  bleedingRisk,
  pigmentAllergy,
  immune,
  pregnancy,
  healingCondition,
] as const

/** Any one of the questions; narrow on `id` to get its exact option values. */
export type AnyQuestion = (typeof questions)[number]

/** The allowed values of a question, in option order (e.g. for building the schema). */
export function optionValues<const Id extends string, const V extends string>(
  q: Question<Id, V>,
): V[] {
  return q.options.map((o) => o.value)
}
