// The wording conventions of issue 12 (contract version 2), over every string a patient reads in
// the questions and the rules: region-neutral, one name for the shaved look, alopecia areata named,
// the chemotherapy wording of the article, and no reassurance the sources do not support.
import { describe, expect, it } from 'vitest'
import { questions, rules } from '@/lib/candidacy'
import { questionTexts } from '@/lib/i18n/words/self-check-questions'
import { ruleTexts } from '@/lib/i18n/words/self-check-rules'

// The English words, the source every translation is made from (a translation keeps these meanings).
const questionsById = questionTexts.en
const rulesById = ruleTexts.en

const texts = [
  ...questions.flatMap((q) => [
    { where: `${q.id} text`, text: questionsById[q.id].text },
    { where: `${q.id} hint`, text: questionsById[q.id].hint },
    ...Object.entries(questionsById[q.id].options).map(([value, label]) => ({
      where: `${q.id} option ${value}`,
      text: label,
    })),
  ]),
  ...rules.flatMap((r) => [
    { where: `rule ${r.id} title`, text: rulesById[r.id].title },
    { where: `rule ${r.id} explanation`, text: rulesById[r.id].explanation },
  ]),
]

describe.each(texts)('$where', ({ text }) => {
  it('names no country-specific number or service (say "a doctor" or "your family doctor")', () => {
    expect(text).not.toMatch(/\b(999|112|111|108|NHS|GP|GPs|council)\b/)
  })

  it('says "alopecia areata", never "alopecia" alone', () => {
    expect(text.replace(/alopecia areata/gi, '')).not.toMatch(/alopecia/i)
  })

  it('has one name for the shaved look', () => {
    expect(text).not.toMatch(
      /closely shaved look|full shaved look|full-coverage|full coverage|(?<!added-)density look/i,
    )
  })

  it('claims no agreement or reassurance the sources do not support', () => {
    expect(text).not.toMatch(/most clinics|no cuts|not permanent|put your mind at rest|guarantee|you will see/i)
  })

  it('says how redness looks on brown or black skin wherever it names it', () => {
    if (/\bred(ness)?\b/i.test(text)) expect(text).toMatch(/brown or black skin/)
  })
})

describe('wording that fits the review', () => {
  it('names alopecia areata as autoimmune, not as a weakened immune system', () => {
    expect(questionsById.concerns.options.alopecia).toMatch(/^Alopecia areata/)
    expect(questionsById.immune.hint).toMatch(/autoimmune disease, such as alopecia areata/)
    expect(questionsById.immune.text).not.toMatch(/weakened/i)
    expect(rulesById.autoimmune.explanation).toMatch(/alopecia areata, your immune system attacks your own body/)
    // Says plainly what it means for the reader: not weak defences, but still a doctor first.
    expect(rulesById.autoimmune.explanation).toMatch(/not the same as weak defences/)
    expect(rulesById.autoimmune.explanation).toMatch(/talk to the doctor treating you, or your family doctor, before/)
  })

  it('names medicines that weaken the immune system, in the question and its rule (contract version 3)', () => {
    expect(questionsById.immune.text).toMatch(/medicine that weakens your immune system/)
    expect(questionsById.immune.options['autoimmune-or-other']).toMatch(/medicine that weakens my immune system/)
    expect(rulesById.autoimmune.explanation).toMatch(/illnesses and medicines weaken/)
  })

  it('sends a bleeding risk to the doctor treating it or who prescribed the medicine, and to the practitioner', () => {
    const { explanation } = rulesById['bleeding-risk']
    expect(explanation).toMatch(/the doctor treating the condition or who prescribed the medicine/)
    expect(explanation).toMatch(/tell your practitioner too/)
    expect(explanation).toMatch(/Never stop a prescribed medicine/)
  })

  it('asks whether a doctor has said why the hair is changing, with "I\'m not sure" (contract version 3)', () => {
    expect(questionsById.causeKnown.text).toBe('Has a doctor told you why your hair is changing?')
    expect(questionsById.causeKnown.options).toEqual({ yes: 'Yes', no: 'No', unsure: "I'm not sure" })
  })

  it('says to see a family doctor when the cause is not known, and why', () => {
    const { explanation } = rulesById['cause-unknown']
    expect(explanation).toMatch(/^See your family doctor about your hair loss first/)
    expect(explanation).toMatch(/Some causes need treatment/)
    expect(explanation).toMatch(/still changing can change how SMP looks later/)
  })

  it('tells someone with alopecia areata to talk to the doctor treating it first, and why', () => {
    const { explanation } = rulesById['alopecia-areata']
    expect(explanation).toMatch(/patches can change and hair can grow back/)
    expect(explanation).toMatch(/Talk to the doctor treating it.*before you book SMP/)
  })

  it("gives chemotherapy the article's wording: talk to the doctor treating you before you book", () => {
    expect(rulesById.chemotherapy.explanation).toContain('Talk to the doctor treating you before you book SMP.')
    expect(rulesById.chemotherapy.explanation).not.toMatch(/wait for now/i)
  })

  it('tells people with a controlled scalp condition to tell the practitioner even when it is calm', () => {
    expect(rulesById['controlled-scalp-condition'].explanation).toMatch(/Tell your practitioner.*even when it is calm/)
  })

  it('says what a patch test cannot do', () => {
    expect(rulesById['pigment-allergy'].explanation).toMatch(/patch test/)
    expect(rulesById['pigment-allergy'].explanation).toMatch(/does not rule out a reaction later/)
  })

  it('says to see a doctor about warning signs first, and why', () => {
    const { explanation } = rulesById['hair-loss-warning-signs']
    expect(explanation).toMatch(/^See a doctor about your hair loss first/)
    expect(explanation).toMatch(/cause may need treatment/)
    expect(explanation).toMatch(/hides hair loss but does not treat it/)
    expect(explanation).toMatch(/still changing can change how SMP looks later/)
  })

  it('calls the shaved look "the shaved look" and names the added-density look', () => {
    expect(rulesById['shaved-look'].explanation).toMatch(/The shaved look/)
    expect(rulesById['shaved-look'].explanation).toMatch(/the added-density look/)
    expect(questionsById.shavedLookOk.hint).toMatch(/The shaved look/)
  })

  it('counts birthmarks as something SMP is used for', () => {
    expect(rulesById['no-visible-concern'].explanation).toMatch(/birthmarks/)
  })

  it('asks about each warning sign of the contract, with "none" exclusive', () => {
    expect(Object.keys(questionsById.hairLossSigns.options)).toEqual(['sudden', 'new-patches', 'itchy-or-sore', 'none'])
    const label = (value: keyof typeof questionsById.hairLossSigns.options) =>
      questionsById.hairLossSigns.options[value]
    expect(label('sudden')).toMatch(/suddenly or quickly.*clumps/)
    // The NHS's warning sign is "bald patches", with no time window (content brief, section 18).
    expect(label('new-patches')).toMatch(/new bald patches/)
    expect(label('new-patches')).not.toMatch(/year|month|week|recent/i)
    expect(label('itchy-or-sore')).toMatch(/itches, burns, is sore or scaly/)
  })
})
