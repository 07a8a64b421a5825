import { describe, expect, it } from 'vitest'
import {
  evaluate,
  outcomes,
  parseAnswers,
  questionsById,
  rules,
  type Answers,
  type PartialAnswers,
  type RuleId,
} from '@/lib/candidacy'
import { selfCheckLanguage } from '@/lib/i18n/words/self-check-language'
import { answerLabels as labelsIn, answeredQuestions as answeredIn } from '@/lib/self-check/answers'
import {
  adviceOrder,
  invitesBooking,
  listsClinicContacts,
  resultKind,
  resultText as resultTextIn,
  ruleAdvice,
} from '@/lib/self-check/outcome-text'
import { locales } from '@/lib/i18n/locales'
import { summaryText as summaryIn } from '@/lib/self-check/summary'
import { bald, harmless, harmlessIds, scarsOnly } from '@/tests/fixtures/self-check'

// The English words; the Hindi summary has its own tests below.
const en = selfCheckLanguage('en')
const { results: resultTexts, advice: adviceText } = en.words
const answerLabels = (question: Parameters<typeof labelsIn>[0], answers: PartialAnswers) =>
  labelsIn(question, answers, en.texts.questions)
const answeredQuestions = (answers: PartialAnswers) => answeredIn(answers, en.texts.questions)
const resultText = (evaluation: Parameters<typeof resultTextIn>[0]) => resultTextIn(evaluation, en.words)
const summaryText = (answers: PartialAnswers, evaluation: Parameters<typeof summaryIn>[1]) =>
  summaryIn(answers, evaluation, en)
const questionText = (id: keyof typeof en.texts.questions) => en.texts.questions[id].text

const valid = (answers: Answers) => {
  const parsed = parseAnswers(answers)
  if (!parsed.success) throw new Error(`fixture does not parse: ${parsed.error.message}`)
  return parsed.data
}

describe('answerLabels', () => {
  it('gives the label of a single answer', () => {
    expect(answerLabels(questionsById.age, { age: '18-or-over' })).toEqual(['18 or over'])
    expect(answerLabels(questionsById.immune, { immune: 'chemotherapy' })).toEqual(['Yes, I am having chemotherapy'])
  })

  it('gives every label of a multiple answer, in the order stored', () => {
    expect(answerLabels(questionsById.concerns, { concerns: ['receding-hairline', 'scars'] })).toEqual([
      'A receding hairline',
      'Scars on my scalp',
    ])
  })

  it('gives nothing for an unanswered question', () => {
    expect(answerLabels(questionsById.age, {})).toEqual([])
    expect(answerLabels(questionsById.concerns, { concerns: [] as never })).toEqual([])
  })
})

describe('answeredQuestions', () => {
  it('lists the twelve asked questions in order, each with its label', () => {
    const rows = answeredQuestions(harmless)
    expect(rows.map((r) => r.question.id)).toEqual(harmlessIds)
    expect(rows.find((r) => r.question.id === 'scalpCondition')?.labels).toEqual(['No'])
    expect(rows[2]).toEqual({
      question: questionsById.hairLossSigns,
      text: questionText('hairLossSigns'),
      labels: ['None of these'],
    })
  })

  it('lists hairLossSigns third, causeKnown fourth and shavedLookOk fifth when they were asked', () => {
    const rows = answeredQuestions(bald)
    expect(rows).toHaveLength(13)
    expect(rows[2]).toMatchObject({ question: questionsById.hairLossSigns, labels: ['None of these'] })
    expect(rows[3]).toMatchObject({ question: questionsById.causeKnown, labels: ['Yes'] })
    expect(rows[4]).toEqual({
      question: questionsById.shavedLookOk,
      text: questionText('shavedLookOk'),
      labels: ['Yes'],
    })
  })

  it('lists ten for scars only', () => {
    expect(answeredQuestions(scarsOnly)).toHaveLength(10)
  })

  it('lists only what has been answered so far', () => {
    expect(answeredQuestions({ age: 'under-18', scalpCondition: 'active' }).map((r) => r.question.id)).toEqual([
      'age',
      'scalpCondition',
    ])
    expect(answeredQuestions({})).toEqual([])
  })

  it('never lists a kept answer to a question that was skipped', () => {
    // The schema keeps a valid answer even when its question does not apply; it was never asked, so it is not shown.
    const kept = {
      ...scarsOnly,
      shavedLookOk: 'no',
      hairLossSigns: ['sudden'],
      causeKnown: 'no',
    } satisfies PartialAnswers
    expect(parseAnswers(kept).success).toBe(true)
    const ids = answeredQuestions(kept).map((r) => r.question.id)
    expect(ids).not.toContain('shavedLookOk')
    expect(ids).not.toContain('hairLossSigns')
    expect(ids).not.toContain('causeKnown')
  })
})

describe('summaryText', () => {
  const cases: [string, Answers][] = [
    ['likely-suitable', harmless],
    ['discuss-first', { ...harmless, skinCancerHistory: 'yes', keloidProne: 'unsure' }],
    ['wait', { ...bald, shavedLookOk: 'no', pregnancy: 'pregnant' }],
    ['not-suitable', { ...harmless, age: 'under-18', scalpCondition: 'active' }],
  ]

  it('covers every outcome', () => {
    expect(cases.map(([outcome, answers]) => [outcome, evaluate(valid(answers)).outcome])).toEqual(
      outcomes.map((o) => [o, o]),
    )
  })

  it.each(cases)(
    '%s: has every answered question with its answer, the outcome heading and every finding',
    (outcome, answers) => {
      const evaluation = evaluate(valid(answers))
      const text = summaryText(answers, evaluation)
      for (const { text: question, labels } of answeredQuestions(answers)) {
        expect(text).toContain(`${question} ${labels.join(', ')}`)
      }
      expect(text).toContain(`Result: ${resultText(evaluation).heading}`)
      expect(outcome).toBe(evaluation.outcome)
      for (const finding of evaluation.findings) {
        expect(text).toContain(
          `- ${en.texts.rules[finding.rule].title} (${adviceText[ruleAdvice[finding.rule]].label.toLowerCase()})`,
        )
      }
      expect(text).toContain('not a diagnosis')
    },
  )

  it('has one line per answered question, so the count is exact', () => {
    const text = summaryText(bald, evaluate(valid(bald)))
    const questionLines = text.split('\n').filter((line) => line.includes('?'))
    expect(questionLines).toHaveLength(13)
  })

  it('lists every chosen warning sign', () => {
    const answers: Answers = { ...harmless, hairLossSigns: ['sudden', 'itchy-or-sore'] }
    const labels = answerLabels(questionsById.hairLossSigns, answers)
    expect(summaryText(answers, evaluate(valid(answers)))).toContain(
      `${questionText('hairLossSigns')} ${labels.join(', ')}`,
    )
  })

  it('lists every chosen concern', () => {
    const answers: Answers = { ...bald, concerns: ['receding-hairline', 'complete-baldness', 'scars'] }
    expect(summaryText(answers, evaluate(valid(answers)))).toContain(
      'What would you like SMP to help with? A receding hairline, Complete baldness, Scars on my scalp',
    )
  })

  it('has no line for a skipped question, even when an old answer was kept', () => {
    const kept: Answers = { ...harmless, shavedLookOk: 'unsure' }
    const text = summaryText(kept, evaluate(valid(kept)))
    expect(text).not.toContain(questionText('shavedLookOk'))
    expect(summaryText(harmless, evaluate(valid(harmless)))).not.toContain(questionText('shavedLookOk'))
  })

  it('names no finding when nothing stood out', () => {
    expect(summaryText(harmless, evaluate(valid(harmless)))).not.toMatch(/^- /m)
  })
})

// Each rule alone, and the result kind it must give: the heading fits the finding.
const alone: [RuleId, Partial<Answers>, string][] = [
  ['minor', { age: 'under-18' }, 'not-offered'],
  ['active-scalp-condition', { scalpCondition: 'active' }, 'wait'],
  ['chemotherapy', { immune: 'chemotherapy' }, 'doctor'],
  ['pregnancy', { pregnancy: 'unsure' }, 'wait'],
  ['hair-loss-warning-signs', { hairLossSigns: ['sudden'] }, 'doctor'],
  ['cause-unknown', { causeKnown: 'no' }, 'doctor'],
  ['alopecia-areata', { concerns: ['alopecia'], shavedLookOk: 'yes' }, 'doctor'],
  ['skin-cancer-history', { skinCancerHistory: 'unsure' }, 'doctor'],
  ['keloid', { keloidProne: 'yes' }, 'practitioner'],
  ['bleeding-risk', { bleedingRisk: 'unsure' }, 'doctor'],
  ['pigment-allergy', { pigmentAllergy: 'yes' }, 'practitioner'],
  ['autoimmune', { immune: 'unsure' }, 'doctor'],
  ['healing-condition', { healingCondition: 'unsure' }, 'doctor'],
  ['controlled-scalp-condition', { scalpCondition: 'controlled' }, 'practitioner'],
  ['shaved-look', { concerns: ['complete-baldness'], shavedLookOk: 'no' }, 'practitioner'],
  ['no-visible-concern', { concerns: ['none'] }, 'practitioner'],
]

describe('result headings fit the findings', () => {
  it('the table has every rule', () => {
    expect(alone.map(([id]) => id)).toEqual(rules.map((r) => r.id))
  })

  it.each(alone)('%s alone gives the "%s" … heading', (rule, overrides, kind) => {
    const evaluation = evaluate(valid({ ...harmless, ...overrides } as Answers))
    expect(evaluation.findings.map((f) => f.rule)).toEqual([rule])
    expect(ruleAdvice[rule]).toBe(kind)
    expect(resultKind(evaluation)).toBe(kind)
    expect(resultText(evaluation)).toBe(resultTexts[kind as keyof typeof resultTexts])
  })

  it('a shaved-look finding alone is not "talk to a doctor first"', () => {
    const { heading, summary } = resultText(evaluate(valid({ ...bald, shavedLookOk: 'no' })))
    expect(heading).not.toMatch(/doctor/i)
    expect(summary).not.toMatch(/doctor/i)
  })

  it('chemotherapy alone says to see a doctor first, not just to wait', () => {
    expect(resultText(evaluate(valid({ ...harmless, immune: 'chemotherapy' }))).heading).toBe('See a doctor first')
  })

  it.each([
    ['minor wins over everything', { age: 'under-18', pregnancy: 'pregnant', skinCancerHistory: 'yes' }, 'not-offered'],
    ['a reason to wait wins over a doctor', { pregnancy: 'pregnant', immune: 'chemotherapy' }, 'wait'],
    ['a doctor wins over a practitioner', { keloidProne: 'yes', hairLossSigns: ['new-patches'] }, 'doctor'],
    ['nothing at all', {}, 'likely-suitable'],
  ] as const)('%s', (_, overrides, kind) => {
    expect(resultKind(evaluate(valid({ ...harmless, ...overrides } as Answers)))).toBe(kind)
  })

  it('agrees with the overall outcome', () => {
    const compatible = {
      'likely-suitable': ['likely-suitable'],
      'discuss-first': ['doctor', 'practitioner'],
      wait: ['wait', 'doctor'],
      'not-suitable': ['not-offered'],
    }
    for (const [, overrides] of alone) {
      const evaluation = evaluate(valid({ ...harmless, ...overrides } as Answers))
      expect(compatible[evaluation.outcome]).toContain(resultKind(evaluation))
    }
  })

  it('has a distinct plain heading and summary for every kind of result', () => {
    const kinds = ['likely-suitable', ...adviceOrder] as const
    expect(Object.keys(resultTexts).sort()).toEqual([...kinds].sort())
    const headings = kinds.map((k) => resultTexts[k].heading)
    expect(new Set(headings).size).toBe(kinds.length)
    for (const k of kinds) {
      expect(resultTexts[k].heading.length).toBeGreaterThan(5)
      expect(resultTexts[k].summary.length).toBeGreaterThan(20)
      expect(`${resultTexts[k].heading} ${resultTexts[k].summary}`).not.toMatch(
        /most clinics|\bGP\b|NHS|999|guarantee/i,
      )
    }
    for (const advice of adviceOrder) {
      expect(adviceText[advice].label.length).toBeGreaterThan(5)
      expect(adviceText[advice].group.length).toBeGreaterThan(5)
    }
  })

  it('the practitioner heading never says doctor, the doctor heading does', () => {
    expect(resultTexts.practitioner.heading).not.toMatch(/doctor/i)
    expect(adviceText.practitioner.label).not.toMatch(/doctor/i)
    expect(resultTexts.doctor.heading).toMatch(/doctor/)
  })
})

describe('who a result sends the reader to, and whether it invites booking (contract version 3)', () => {
  const kinds = ['likely-suitable', ...adviceOrder] as const
  // By hand, from the issue: only a result with nothing to wait for and no one to see first invites booking.
  const books = { 'likely-suitable': true, practitioner: true, doctor: false, wait: false, 'not-offered': false }

  it.each(kinds)('%s: invites booking only when nothing sends the reader elsewhere', (kind) => {
    expect(invitesBooking(kind)).toBe(books[kind])
    expect(listsClinicContacts(kind)).toBe(kind !== 'not-offered')
  })

  it.each(alone)(
    '%s alone: a result that sends the reader to a doctor or to wait never invites booking',
    (_, overrides) => {
      const evaluation = evaluate(valid({ ...harmless, ...overrides } as Answers))
      const elsewhere =
        evaluation.outcome === 'not-suitable' ||
        evaluation.outcome === 'wait' ||
        evaluation.findings.some((f) => ruleAdvice[f.rule] !== 'practitioner')
      expect(invitesBooking(resultKind(evaluation))).toBe(!elsewhere)
    },
  )

  it('never invites booking when any finding sends the reader elsewhere, whatever else fires', () => {
    for (const [rule, overrides] of alone.filter(([id]) => ruleAdvice[id] !== 'practitioner')) {
      const mixed = { ...harmless, keloidProne: 'yes', pigmentAllergy: 'unsure', ...overrides } as Answers
      expect(invitesBooking(resultKind(evaluate(valid(mixed)))), rule).toBe(false)
    }
  })

  it.each(locales)('in %s, says who to talk to for every kind, and mentions booking only where it may', (locale) => {
    const { words } = selfCheckLanguage(locale)
    const booking = locale === 'en' ? /\bbook/i : /बुक/
    for (const kind of kinds) {
      const next = words.result.next[kind]
      expect(next.length).toBeGreaterThan(20)
      expect(booking.test(next), `${kind}: ${next}`).toBe(books[kind])
      // The words of the result itself never invite booking where they must not.
      const { heading, summary } = words.results[kind]
      if (!books[kind]) expect(`${heading} ${summary}`).not.toMatch(booking)
    }
    // A result that sends the reader elsewhere names who: a doctor.
    const doctor = locale === 'en' ? /doctor/ : /डॉक्टर/
    for (const kind of ['doctor', 'wait', 'not-offered'] as const) expect(words.result.next[kind]).toMatch(doctor)
  })

  it('"may suit you" claims nothing the questions did not ask', () => {
    const { summary } = resultTexts['likely-suitable']
    expect(summary).not.toMatch(/nothing you told us|no reason/i)
    expect(summary).toMatch(/asks only a few questions/)
    expect(summary).toMatch(/cannot say that SMP is right for you/)
  })
})

describe('summaryText in Hindi', () => {
  const hi = selfCheckLanguage('hi')

  it('has every answer, the result and every finding in Hindi, the same findings as in English', () => {
    const answers: Answers = { ...harmless, keloidProne: 'unsure', skinCancerHistory: 'yes' }
    const evaluation = evaluate(valid(answers))
    const text = summaryIn(answers, evaluation, hi)
    expect(text.split('\n')[0]).toBe('मेरे SMP सेल्फ़-चेक के जवाब')
    for (const { text: question, labels } of answeredIn(answers, hi.texts.questions)) {
      expect(text).toContain(`${question} ${labels.join(', ')}`)
    }
    expect(text).toContain(`${hi.texts.questions.keloidProne.text} मुझे पक्का नहीं पता`)
    expect(text).toContain(`नतीजा: ${hi.words.results.doctor.heading}`)
    const findingLines = text.split('\n').filter((line) => line.startsWith('- '))
    expect(findingLines).toEqual(
      evaluation.findings.map(
        (f) => `- ${hi.texts.rules[f.rule].title} (${hi.words.advice[ruleAdvice[f.rule]].label})`,
      ),
    )
    expect(findingLines).toHaveLength(
      summaryText(answers, evaluation)
        .split('\n')
        .filter((l) => l.startsWith('- ')).length,
    )
    expect(text).toContain(hi.words.summary.notDiagnosis)
    expect(text).not.toMatch(/\b(Result|answers|diagnosis)\b/)
  })
})
