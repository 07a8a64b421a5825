import { describe, expect, it } from 'vitest'
import { evaluate, parseAnswers, rules, type Answers, type Evaluation } from '@/lib/candidacy'
import {
  clean,
  hairLossConcerns,
  severityRank,
  specRules,
  unsureAdded,
  valuesOf,
  warningSigns,
  withAnswers,
} from '@/tests/support/candidacy-spec'

const firedIds = (result: Evaluation) => result.findings.map((f) => f.rule)

describe('evaluate: single-question rules', () => {
  const cases = specRules.flatMap((rule) =>
    rule.question === null
      ? []
      : valuesOf(rule.question).map((value) => ({
          rule: rule.id,
          question: rule.question,
          value,
          fires: (rule.fires as readonly string[]).includes(value),
        })),
  )

  it.each(cases)('$rule with $question = $value fires: $fires', ({ rule, question, value, fires }) => {
    const answers = withAnswers({ [question]: value })
    // Every case must be a valid answer set, or the test proves nothing.
    expect(parseAnswers(answers).success).toBe(true)
    expect(firedIds(evaluate(answers)).includes(rule)).toBe(fires)
  })
})

describe('evaluate: "I\'m not sure" (contract version 2)', () => {
  // Each question that gained "unsure", and the rule it now fires, from the rules table.
  const cases = unsureAdded.map((question) => ({
    question,
    rules: specRules
      .filter((rule) => rule.question === question && (rule.fires as readonly string[]).includes('unsure'))
      .map((r) => r.id),
  }))

  it.each(cases)('$question = unsure fires $rules', ({ question, rules: expected }) => {
    expect(expected).toHaveLength(1)
    const answers = withAnswers({ [question]: 'unsure' })
    expect(parseAnswers(answers).success).toBe(true)
    expect(firedIds(evaluate(answers))).toEqual(expected)
  })

  it("maps each unsure to the contract's rule", () => {
    expect(Object.fromEntries(cases.map((c) => [c.question, c.rules[0]]))).toEqual({
      skinCancerHistory: 'skin-cancer-history',
      bleedingRisk: 'bleeding-risk',
      immune: 'autoimmune',
      pregnancy: 'pregnancy',
      healingCondition: 'healing-condition',
    })
    expect(evaluate(withAnswers({ pregnancy: 'unsure' })).outcome).toBe('wait')
  })
})

describe('evaluate: hair-loss-warning-signs', () => {
  // Every non-empty set of warning signs, and "none".
  const signSets: string[][] = [['none']]
  for (let mask = 1; mask < 1 << warningSigns.length; mask++) {
    signSets.push(warningSigns.filter((_, i) => mask & (1 << i)))
  }
  const concernSets: { concerns: string[]; applies: boolean }[] = [
    ...valuesOf('concerns').map((value) => ({
      concerns: [value],
      applies: (hairLossConcerns as readonly string[]).includes(value),
    })),
    { concerns: ['scars', 'birthmarks'], applies: false },
    { concerns: ['scars', 'diffuse-thinning'], applies: true },
  ]
  const cases = concernSets.flatMap(({ concerns, applies }) =>
    signSets.map((hairLossSigns) => ({
      concerns,
      hairLossSigns,
      fires: applies && hairLossSigns.some((sign) => sign !== 'none'),
    })),
  )

  it.each(cases)('concerns $concerns, hairLossSigns $hairLossSigns fires: $fires', (c) => {
    const answers = withAnswers({ concerns: c.concerns, hairLossSigns: c.hairLossSigns, shavedLookOk: 'yes' })
    expect(parseAnswers(answers).success).toBe(true)
    expect(firedIds(evaluate(answers)).includes('hair-loss-warning-signs')).toBe(c.fires)
  })

  it('ignores warning signs when the question does not apply', () => {
    const answers = withAnswers({ concerns: ['scars'], hairLossSigns: ['sudden', 'itchy-or-sore'] })
    expect(parseAnswers(answers).success).toBe(true)
    expect(evaluate(answers)).toEqual({ outcome: 'likely-suitable', findings: [] })
  })

  it('is discuss-first on its own', () => {
    expect(evaluate(withAnswers({ hairLossSigns: ['new-patches'] })).outcome).toBe('discuss-first')
  })
})

describe('evaluate: cause-unknown (contract version 3)', () => {
  // Every concern on its own and some mixes, against every answer to causeKnown.
  const concernSets: { concerns: string[]; applies: boolean }[] = [
    ...valuesOf('concerns').map((value) => ({
      concerns: [value],
      applies: (hairLossConcerns as readonly string[]).includes(value),
    })),
    { concerns: ['scars', 'birthmarks'], applies: false },
    { concerns: ['scars', 'diffuse-thinning'], applies: true },
  ]
  const cases = concernSets.flatMap(({ concerns, applies }) =>
    valuesOf('causeKnown').map((causeKnown) => ({
      concerns,
      causeKnown,
      fires: applies && (causeKnown === 'no' || causeKnown === 'unsure'),
    })),
  )

  it.each(cases)('concerns $concerns, causeKnown $causeKnown fires: $fires', (c) => {
    const answers = withAnswers({ concerns: c.concerns, causeKnown: c.causeKnown, shavedLookOk: 'yes' })
    expect(parseAnswers(answers).success).toBe(true)
    expect(firedIds(evaluate(answers)).includes('cause-unknown')).toBe(c.fires)
  })

  it('is discuss-first on its own, for "no" and for "unsure"', () => {
    for (const causeKnown of ['no', 'unsure']) {
      expect(evaluate(withAnswers({ causeKnown }))).toEqual({
        outcome: 'discuss-first',
        findings: [
          { rule: 'cause-unknown', outcome: 'discuss-first', learnMore: '/hair-loss-causes#what-a-doctor-can-do' },
        ],
      })
    }
  })
})

describe('evaluate: alopecia-areata (contract version 3)', () => {
  const cases: { concerns: string[]; fires: boolean }[] = [
    ...valuesOf('concerns').map((v) => ({ concerns: [v], fires: v === 'alopecia' })),
    { concerns: ['scars', 'alopecia'], fires: true },
    { concerns: ['complete-baldness', 'bald-patches'], fires: false },
  ]

  it.each(cases)('concerns $concerns fires: $fires', ({ concerns, fires }) => {
    const answers = withAnswers({ concerns, shavedLookOk: 'yes' })
    expect(parseAnswers(answers).success).toBe(true)
    expect(firedIds(evaluate(answers)).includes('alopecia-areata')).toBe(fires)
  })

  it('fires whatever the other answers about alopecia areata say', () => {
    const answers = withAnswers({ concerns: ['alopecia'], shavedLookOk: 'yes', causeKnown: 'yes' })
    expect(firedIds(evaluate(answers))).toEqual(['alopecia-areata'])
  })
})

describe('evaluate: shaved-look', () => {
  const concernSets: { concerns: string[]; applies: boolean }[] = [
    { concerns: ['complete-baldness'], applies: true },
    { concerns: ['alopecia'], applies: true },
    { concerns: ['receding-hairline', 'alopecia'], applies: true },
    { concerns: ['complete-baldness', 'alopecia', 'scars'], applies: true },
    { concerns: ['receding-hairline'], applies: false },
    { concerns: ['diffuse-thinning', 'bald-patches', 'scars'], applies: false },
    { concerns: ['none'], applies: false },
  ]
  const cases = concernSets.flatMap(({ concerns, applies }) =>
    valuesOf('shavedLookOk').map((shavedLookOk) => ({
      concerns,
      shavedLookOk,
      fires: applies && (shavedLookOk === 'no' || shavedLookOk === 'unsure'),
    })),
  )

  it.each(cases)('concerns $concerns, shavedLookOk $shavedLookOk fires: $fires', (c) => {
    const answers = withAnswers({ concerns: c.concerns, shavedLookOk: c.shavedLookOk })
    expect(parseAnswers(answers).success).toBe(true)
    expect(firedIds(evaluate(answers)).includes('shaved-look')).toBe(c.fires)
  })

  it('ignores a "no" when the question does not apply', () => {
    const answers = withAnswers({ concerns: ['diffuse-thinning'], shavedLookOk: 'no' })
    expect(evaluate(answers)).toEqual({ outcome: 'likely-suitable', findings: [] })
  })
})

describe('evaluate: no-visible-concern', () => {
  const cases: { concerns: string[]; fires: boolean }[] = [
    { concerns: ['none'], fires: true },
    ...valuesOf('concerns')
      .filter((v) => v !== 'none')
      .map((v) => ({ concerns: [v], fires: false })),
    { concerns: ['scars', 'bald-patches'], fires: false },
  ]

  it.each(cases)('concerns $concerns fires: $fires', ({ concerns, fires }) => {
    const answers = withAnswers({ concerns, shavedLookOk: 'yes' })
    expect(parseAnswers(answers).success).toBe(true)
    expect(firedIds(evaluate(answers)).includes('no-visible-concern')).toBe(fires)
  })
})

describe('evaluate: overall outcome', () => {
  it('is likely-suitable with no findings for a clean set', () => {
    expect(evaluate(clean)).toEqual({ outcome: 'likely-suitable', findings: [] })
  })

  it.each([
    { name: 'minor + pregnancy', answers: { age: 'under-18', pregnancy: 'pregnant' }, outcome: 'not-suitable' },
    { name: 'minor + discuss-first', answers: { age: 'under-18', bleedingRisk: 'yes' }, outcome: 'not-suitable' },
    { name: 'wait + discuss-first', answers: { scalpCondition: 'active', keloidProne: 'yes' }, outcome: 'wait' },
    {
      name: 'chemotherapy + pregnancy',
      answers: { immune: 'chemotherapy', pregnancy: 'breastfeeding' },
      outcome: 'wait',
    },
    {
      name: 'only discuss-first',
      answers: { pigmentAllergy: 'unsure', healingCondition: 'yes' },
      outcome: 'discuss-first',
    },
    { name: 'single discuss-first', answers: { concerns: ['none'] }, outcome: 'discuss-first' },
    { name: 'shaved look alone', answers: { concerns: ['alopecia'], shavedLookOk: 'no' }, outcome: 'discuss-first' },
    { name: 'controlled scalp condition alone', answers: { scalpCondition: 'controlled' }, outcome: 'discuss-first' },
    { name: 'birthmarks alone', answers: { concerns: ['birthmarks'] }, outcome: 'likely-suitable' },
    {
      name: 'unsure about pregnancy + warning signs',
      answers: { pregnancy: 'unsure', hairLossSigns: ['sudden'] },
      outcome: 'wait',
    },
  ])('$name => $outcome', ({ answers, outcome }) => {
    expect(evaluate(withAnswers(answers)).outcome).toBe(outcome)
  })

  it('copies each fired rule into its finding', () => {
    const result = evaluate(withAnswers({ age: 'under-18', keloidProne: 'unsure' }))
    expect(result.findings).toHaveLength(2)
    for (const finding of result.findings) {
      const rule = rules.find((r) => r.id === finding.rule)
      // Language-neutral: the words are looked up by rule id in each language's texts.
      expect(finding).toEqual({ rule: rule?.id, outcome: rule?.outcome, learnMore: rule?.learnMore })
    }
  })
})

describe('evaluate: findings order', () => {
  // Everything that can fire at once (chemotherapy and autoimmune share a question).
  const worst = withAnswers({
    age: 'under-18',
    concerns: ['alopecia'],
    hairLossSigns: ['sudden', 'new-patches', 'itchy-or-sore'],
    causeKnown: 'unsure',
    shavedLookOk: 'unsure',
    scalpCondition: 'active',
    skinCancerHistory: 'yes',
    keloidProne: 'yes',
    bleedingRisk: 'yes',
    pigmentAllergy: 'yes',
    immune: 'chemotherapy',
    pregnancy: 'pregnant',
    healingCondition: 'yes',
  })

  it('puts the most severe first and keeps table order for ties', () => {
    expect(firedIds(evaluate(worst))).toEqual([
      'minor',
      'active-scalp-condition',
      'chemotherapy',
      'pregnancy',
      'hair-loss-warning-signs',
      'cause-unknown',
      'alopecia-areata',
      'skin-cancer-history',
      'keloid',
      'bleeding-risk',
      'pigment-allergy',
      'healing-condition',
      'shaved-look',
    ])
  })

  it('puts the other rules of a shared question in table order too', () => {
    const result = evaluate(
      withAnswers({ scalpCondition: 'controlled', immune: 'unsure', healingCondition: 'unsure', concerns: ['none'] }),
    )
    expect(firedIds(result)).toEqual([
      'autoimmune',
      'healing-condition',
      'controlled-scalp-condition',
      'no-visible-concern',
    ])
  })

  it('sorts discuss-first findings after wait ones even when listed later in answers', () => {
    const result = evaluate(withAnswers({ skinCancerHistory: 'yes', pregnancy: 'pregnant' }))
    expect(firedIds(result)).toEqual(['pregnancy', 'skin-cancer-history'])
  })

  it('keeps table order among ties', () => {
    const result = evaluate(withAnswers({ concerns: ['none'], immune: 'autoimmune-or-other', keloidProne: 'unsure' }))
    expect(firedIds(result)).toEqual(['keloid', 'autoimmune', 'no-visible-concern'])
  })
})

// An independent reading of the rules table, used to check many random answer sets.
function expectedRuleIds(a: Answers): string[] {
  const fired = new Set<string>()
  const signsApply = a.concerns.some((c) => (hairLossConcerns as readonly string[]).includes(c))
  for (const rule of specRules) {
    const answer = rule.question === null ? undefined : a[rule.question]
    // causeKnown only counts when it was asked.
    if (rule.question === 'causeKnown' && !signsApply) continue
    if (answer !== undefined && (rule.fires as readonly string[]).includes(answer)) fired.add(rule.id)
  }
  if (a.concerns.includes('alopecia')) fired.add('alopecia-areata')
  if (signsApply && (a.hairLossSigns ?? []).some((sign) => sign !== 'none')) fired.add('hair-loss-warning-signs')
  const shavedApplies = a.concerns.includes('complete-baldness') || a.concerns.includes('alopecia')
  if (shavedApplies && (a.shavedLookOk === 'no' || a.shavedLookOk === 'unsure')) fired.add('shaved-look')
  if (a.concerns.length === 1 && a.concerns[0] === 'none') fired.add('no-visible-concern')
  return [...fired]
}

// Small seeded generator so failures are reproducible.
function mulberry32(seed: number): () => number {
  let t = seed
  return () => {
    t = (t + 0x6d2b79f5) | 0
    let r = Math.imul(t ^ (t >>> 15), 1 | t)
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296
  }
}

describe('evaluate: invariants over random answer sets', () => {
  const random = mulberry32(20240611)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T

  const samples = Array.from({ length: 400 }, () => {
    const realConcerns = valuesOf('concerns').filter((v) => v !== 'none' && random() < 0.3)
    const signs = warningSigns.filter(() => random() < 0.25)
    const overrides: Record<string, unknown> = {
      concerns: realConcerns.length > 0 ? realConcerns : ['none'],
      hairLossSigns: random() < 0.9 ? (signs.length > 0 ? signs : ['none']) : undefined,
      causeKnown: random() < 0.9 ? pick(valuesOf('causeKnown')) : undefined,
      shavedLookOk: random() < 0.8 ? pick(valuesOf('shavedLookOk')) : undefined,
    }
    for (const id of [
      'age',
      'scalpCondition',
      'skinCancerHistory',
      'keloidProne',
      'bleedingRisk',
      'pigmentAllergy',
      'immune',
      'pregnancy',
      'healingCondition',
    ] as const) {
      overrides[id] = pick(valuesOf(id))
    }
    return withAnswers(overrides)
  })

  it('matches the rules table, sorts by severity, lists each rule once', () => {
    // Most samples must be valid, or this test would check little.
    expect(samples.filter((a) => parseAnswers(a).success).length).toBeGreaterThan(250)
    for (const answers of samples) {
      const parsed = parseAnswers(answers)
      if (!parsed.success) continue // e.g. alopecia chosen but shavedLookOk or hairLossSigns left out
      const result = evaluate(parsed.data)
      const ids = firedIds(result)

      expect(new Set(ids).size).toBe(ids.length)
      expect([...ids].sort()).toEqual(expectedRuleIds(parsed.data).sort())

      const ranks = result.findings.map((f) => severityRank[f.outcome])
      for (let i = 1; i < ranks.length; i++) {
        const prev = ranks[i - 1] ?? 0
        const curr = ranks[i] ?? 0
        expect(prev).toBeGreaterThanOrEqual(curr)
        if (prev === curr) {
          const order = specRules.map((r) => r.id as string)
          expect(order.indexOf(ids[i - 1] ?? '')).toBeLessThan(order.indexOf(ids[i] ?? ''))
        }
      }

      const top = Math.max(0, ...ranks)
      const expectedOutcome = (Object.keys(severityRank) as (keyof typeof severityRank)[]).find(
        (o) => severityRank[o] === top,
      )
      expect(result.outcome).toBe(expectedOutcome)
    }
  })

  it('reaches every rule outcome (so the checks above are not vacuous)', () => {
    const seen = new Set(
      samples.flatMap((a) => {
        const parsed = parseAnswers(a)
        return parsed.success ? [evaluate(parsed.data).outcome] : []
      }),
    )
    for (const outcome of ['not-suitable', 'wait', 'discuss-first']) expect(seen).toContain(outcome)
  })
})
