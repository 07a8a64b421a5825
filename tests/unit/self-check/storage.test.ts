import { describe, expect, it } from 'vitest'
import { initialState, reduce, type FlowState } from '@/lib/self-check/flow'
import { selfCheckWords } from '@/lib/i18n/words/self-check'
import { locales } from '@/lib/i18n/locales'
import { restore, serialise, storageKey, type Notice } from '@/lib/self-check/storage'
import { answerAll, bald, harmless, run, scarsOnly } from '@/tests/fixtures/self-check'

const stored = (value: unknown) => JSON.stringify(value)
// restore() says which notice to show; the words are per language.
const staleNotice: Notice = 'stale'
const missingAnswerNotice: Notice = 'missingAnswer'
const fresh = { state: initialState, notice: staleNotice }

describe('storage key and notice', () => {
  it('uses one versioned key for every language (answers are language-neutral ids)', () => {
    expect(storageKey).toMatch(/self-check/)
    expect(storageKey).toMatch(/v\d+$/)
  })

  it.each(locales)('has a short plain notice of each kind in %s', (locale) => {
    for (const notice of [staleNotice, missingAnswerNotice]) {
      const text = selfCheckWords[locale].notices[notice]
      expect(text.length).toBeGreaterThan(20)
      expect(text.length).toBeLessThan(160)
    }
  })
})

describe('restore: nothing saved', () => {
  it('gives a fresh start without a notice', () => {
    const result = restore(null)
    expect(result).toEqual({ state: initialState })
    expect(result.notice).toBeUndefined()
  })
})

describe('restore: valid progress round-trips through serialise', () => {
  const states: [string, FlowState][] = [
    ['the start page', initialState],
    ['the first question', run([{ type: 'start' }])],
    ['a question partway', run([{ type: 'start' }, ...answerAll(harmless).slice(0, 4)])],
    ['hairLossSigns when it applies', run([{ type: 'start' }, ...answerAll(harmless).slice(0, 2)])],
    ['shavedLookOk when it applies', run([{ type: 'start' }, ...answerAll(bald).slice(0, 4)])],
    ['check-your-answers', run([{ type: 'start' }, ...answerAll(bald)])],
    [
      'a change from check-your-answers',
      run([{ type: 'start' }, ...answerAll(harmless), { type: 'change', id: 'immune' }]),
    ],
    ['the result', run([{ type: 'start' }, ...answerAll(harmless), { type: 'confirm' }])],
    ['the result for scars only', run([{ type: 'start' }, ...answerAll(scarsOnly), { type: 'confirm' }])],
    ['causeKnown when it applies', run([{ type: 'start' }, ...answerAll(harmless).slice(0, 3)])],
  ]

  it.each(states)('%s', (_, state) => {
    const result = restore(serialise(state))
    expect(result.notice).toBeUndefined()
    expect(result.state).toEqual(state)
  })

  it('the states above are the steps they claim to be', () => {
    expect(states.map(([, s]) => s.step.kind)).toEqual([
      'start',
      'question',
      'question',
      'question',
      'question',
      'check',
      'question',
      'result',
      'result',
      'question',
    ])
    expect(states[3]![1].step).toEqual({ kind: 'question', id: 'hairLossSigns' })
    expect(states[4]![1].step).toEqual({ kind: 'question', id: 'shavedLookOk' })
    expect(states[6]![1].returnToCheck).toBe(true)
    expect(states[9]![1].step).toEqual({ kind: 'question', id: 'causeKnown' })
  })

  it('serialise writes plain JSON of the state', () => {
    const state = run([{ type: 'start' }, ...answerAll(harmless).slice(0, 2)])
    expect(JSON.parse(serialise(state))).toEqual(state)
  })
})

describe('restore: stored data that no longer parses starts afresh with the notice', () => {
  const question = { kind: 'question', id: 'scalpCondition' }
  const cases: [string, string][] = [
    ['not JSON', 'not json'],
    ['truncated JSON', serialise(run([{ type: 'start' }])).slice(0, 20)],
    ['an empty string', ''],
    ['JSON null', 'null'],
    ['a number', '42'],
    ['an array', '[]'],
    ['an empty object', '{}'],
    ['an unknown answer value', stored({ step: { kind: 'result' }, answers: { age: 'old' }, returnToCheck: false })],
    [
      'an unknown concern',
      stored({ step: question, answers: { age: '18-or-over', concerns: ['baldness'] }, returnToCheck: false }),
    ],
    [
      'an unknown warning sign',
      stored({
        step: question,
        answers: { age: '18-or-over', concerns: ['alopecia'], hairLossSigns: ['itchy'] },
        returnToCheck: false,
      }),
    ],
    [
      'warning signs that are not a list',
      stored({ step: question, answers: { concerns: ['alopecia'], hairLossSigns: 'sudden' }, returnToCheck: false }),
    ],
    [
      "'none' together with a warning sign",
      stored({
        step: question,
        answers: { concerns: ['alopecia'], hairLossSigns: ['none', 'sudden'] },
        returnToCheck: false,
      }),
    ],
    ['an unknown "not sure" on age', stored({ step: question, answers: { age: 'unsure' }, returnToCheck: false })],
    ['concerns that are not a list', stored({ step: question, answers: { concerns: 'scars' }, returnToCheck: false })],
    ['an empty concerns list', stored({ step: question, answers: { concerns: [] }, returnToCheck: false })],
    [
      'a list for a single-choice question',
      stored({ step: question, answers: { age: ['18-or-over'] }, returnToCheck: false }),
    ],
    [
      'an unknown question id in the answers',
      stored({ step: question, answers: { age: '18-or-over', favouriteColour: 'blue' }, returnToCheck: false }),
    ],
    ['an unknown key at the top level', stored({ ...initialState, version: 2 })],
    ['an unknown step kind', stored({ step: { kind: 'summary' }, answers: {}, returnToCheck: false })],
    [
      'an unknown question in the step',
      stored({ step: { kind: 'question', id: 'favouriteColour' }, answers: {}, returnToCheck: false }),
    ],
    [
      'a step with extra fields',
      stored({ step: { kind: 'check', id: 'age' }, answers: harmless, returnToCheck: false }),
    ],
    ['a missing step', stored({ answers: {}, returnToCheck: false })],
    ['returnToCheck that is not a boolean', stored({ step: question, answers: {}, returnToCheck: 'yes' })],
    [
      "'none' together with another concern on the check page",
      stored({ step: { kind: 'check' }, answers: { ...harmless, concerns: ['none', 'scars'] }, returnToCheck: false }),
    ],
    [
      "'none' together with another concern at the result",
      stored({ step: { kind: 'result' }, answers: { ...harmless, concerns: ['scars', 'none'] }, returnToCheck: false }),
    ],
    [
      "'none' together with another concern partway through",
      stored({ step: question, answers: { age: '18-or-over', concerns: ['none', 'scars'] }, returnToCheck: false }),
    ],
    [
      'a concern chosen twice partway through',
      stored({ step: question, answers: { age: '18-or-over', concerns: ['scars', 'scars'] }, returnToCheck: false }),
    ],
    [
      'answers kept on the start page',
      stored({ step: { kind: 'start' }, answers: { age: '18-or-over' }, returnToCheck: false }),
    ],
  ]

  it.each(cases)('%s', (_, raw) => {
    let result: ReturnType<typeof restore> | undefined
    expect(() => (result = restore(raw))).not.toThrow()
    expect(result).toEqual(fresh)
  })

  it('a fresh start from bad data is the real initial state: Start goes to the first question', () => {
    const { state } = restore('not json')
    expect(reduce(state, { type: 'start' }).step).toEqual({ kind: 'question', id: 'age' })
  })
})

describe('restore: valid data pointing at a step the answers do not allow is redirected', () => {
  it('a result with incomplete answers asks the first missing question, keeping the answers, then goes on', () => {
    const answers = { age: '18-or-over', concerns: ['scars'] }
    const result = restore(stored({ step: { kind: 'result' }, answers, returnToCheck: false }))
    expect(result.notice).toBe(missingAnswerNotice)
    expect(result.state).toEqual({ step: { kind: 'question', id: 'scalpCondition' }, answers, returnToCheck: true })
  })

  it('check-your-answers with a missing shavedLookOk answer asks it', () => {
    const { shavedLookOk: _, ...answers } = bald
    const result = restore(stored({ step: { kind: 'check' }, answers, returnToCheck: false }))
    expect(result.notice).toBe(missingAnswerNotice)
    expect(result.state.step).toEqual({ kind: 'question', id: 'shavedLookOk' })
  })

  it('shavedLookOk when no concern needs it goes to the first unanswered question', () => {
    const answers = { age: '18-or-over', concerns: ['scars'] }
    const result = restore(stored({ step: { kind: 'question', id: 'shavedLookOk' }, answers, returnToCheck: false }))
    expect(result.notice).toBeUndefined()
    expect(result.state.step).toEqual({ kind: 'question', id: 'scalpCondition' })
  })

  it('hairLossSigns when no concern needs it goes to the first unanswered question', () => {
    const answers = { age: '18-or-over', concerns: ['birthmarks'] }
    const result = restore(stored({ step: { kind: 'question', id: 'hairLossSigns' }, answers, returnToCheck: false }))
    expect(result.notice).toBeUndefined()
    expect(result.state.step).toEqual({ kind: 'question', id: 'scalpCondition' })
  })

  it('the result with no answers at all goes to the first question, without a notice', () => {
    const result = restore(stored({ step: { kind: 'result' }, answers: {}, returnToCheck: false }))
    expect(result.notice).toBeUndefined()
    expect(result.state).toEqual({ step: { kind: 'question', id: 'age' }, answers: {}, returnToCheck: false })
  })
})

describe('restore: progress saved by contract version 1, before hairLossSigns existed', () => {
  // What version 1 wrote: the same key and shape, every answer but hairLossSigns (and causeKnown, from version 3).
  const { hairLossSigns: _, causeKnown: __, ...v1Answers } = harmless
  const v1 = (step: FlowState['step'], answers: object = v1Answers, returnToCheck = false) =>
    stored({ step, answers, returnToCheck })

  it.each([
    ['the result', { kind: 'result' }],
    ['check-your-answers', { kind: 'check' }],
    ['a later question', { kind: 'question', id: 'keloidProne' }],
    ['the last question', { kind: 'question', id: 'healingCondition' }],
  ] as const)('at %s: asks the new questions with a notice, keeping every answer, then returns to check', (_, step) => {
    const result = restore(v1(step))
    expect(result.notice).toBe(missingAnswerNotice)
    expect(result.state).toEqual({
      step: { kind: 'question', id: 'hairLossSigns' },
      answers: v1Answers,
      returnToCheck: true,
    })
    const signs = reduce(result.state, { type: 'answer', id: 'hairLossSigns', value: ['none'] })
    expect(signs.step).toEqual({ kind: 'question', id: 'causeKnown' })
    const answered = reduce(signs, { type: 'answer', id: 'causeKnown', value: 'yes' })
    expect(answered).toEqual({ step: { kind: 'check' }, answers: harmless, returnToCheck: false })
    expect(reduce(answered, { type: 'confirm' }).step).toEqual({ kind: 'result' })
  })

  it('partway: asks the new question, then carries on at the first unanswered one', () => {
    const answers = {
      age: '18-or-over',
      concerns: ['receding-hairline'],
      scalpCondition: 'none',
      skinCancerHistory: 'no',
    }
    const result = restore(v1({ kind: 'question', id: 'keloidProne' }, answers))
    expect(result.notice).toBe(missingAnswerNotice)
    expect(result.state.step).toEqual({ kind: 'question', id: 'hairLossSigns' })
    const signs = reduce(result.state, { type: 'answer', id: 'hairLossSigns', value: ['sudden'] })
    expect(signs.step).toEqual({ kind: 'question', id: 'causeKnown' })
    const answered = reduce(signs, { type: 'answer', id: 'causeKnown', value: 'no' })
    expect(answered.step).toEqual({ kind: 'question', id: 'keloidProne' })
    expect(answered.answers).toEqual({ ...answers, hairLossSigns: ['sudden'], causeKnown: 'no' })
  })

  it('at concerns or before it: resumes there, and the new question comes in its place', () => {
    const answers = { age: '18-or-over', concerns: ['alopecia'] }
    const result = restore(v1({ kind: 'question', id: 'concerns' }, answers))
    expect(result).toEqual({ state: { step: { kind: 'question', id: 'concerns' }, answers, returnToCheck: false } })
    expect(reduce(result.state, { type: 'answer', id: 'concerns', value: ['alopecia'] }).step).toEqual({
      kind: 'question',
      id: 'hairLossSigns',
    })
  })

  it('for scars only, where the new question does not apply: resumes unchanged', () => {
    const answers = scarsOnly
    for (const step of [{ kind: 'result' }, { kind: 'check' }] as const) {
      expect(restore(v1(step, answers))).toEqual({ state: { step, answers, returnToCheck: false } })
    }
  })

  it('with an old immune answer and a new "unsure" elsewhere: both are kept', () => {
    const answers = { ...v1Answers, immune: 'autoimmune-or-other', pregnancy: 'unsure' }
    expect(restore(v1({ kind: 'check' }, answers)).state.answers).toEqual(answers)
  })
})

describe('restore: progress saved by contract version 2, before causeKnown existed', () => {
  // What version 2 wrote: the same key and shape, every answer but causeKnown.
  const { causeKnown: _, ...v2Answers } = harmless
  const v2 = (step: FlowState['step'], answers: object = v2Answers, returnToCheck = false) =>
    stored({ step, answers, returnToCheck })

  it.each([
    ['the result', { kind: 'result' }],
    ['check-your-answers', { kind: 'check' }],
    ['a later question', { kind: 'question', id: 'keloidProne' }],
    ['the last question', { kind: 'question', id: 'healingCondition' }],
  ] as const)('at %s: asks causeKnown with the notice version 2 gave, keeping every answer', (_, step) => {
    const result = restore(v2(step))
    expect(result.notice).toBe(missingAnswerNotice)
    expect(result.state).toEqual({
      step: { kind: 'question', id: 'causeKnown' },
      answers: v2Answers,
      returnToCheck: true,
    })
    const answered = reduce(result.state, { type: 'answer', id: 'causeKnown', value: 'unsure' })
    expect(answered).toEqual({
      step: { kind: 'check' },
      answers: { ...v2Answers, causeKnown: 'unsure' },
      returnToCheck: false,
    })
    expect(reduce(answered, { type: 'confirm' }).step).toEqual({ kind: 'result' })
  })

  it('partway: asks causeKnown, then carries on at the first unanswered question', () => {
    const answers = { age: '18-or-over', concerns: ['alopecia'], hairLossSigns: ['none'], shavedLookOk: 'yes' }
    const result = restore(v2({ kind: 'question', id: 'scalpCondition' }, answers))
    expect(result.notice).toBe(missingAnswerNotice)
    expect(result.state.step).toEqual({ kind: 'question', id: 'causeKnown' })
    const answered = reduce(result.state, { type: 'answer', id: 'causeKnown', value: 'yes' })
    expect(answered.step).toEqual({ kind: 'question', id: 'scalpCondition' })
  })

  it('for scars only, where causeKnown does not apply: resumes unchanged', () => {
    for (const step of [{ kind: 'result' }, { kind: 'check' }] as const) {
      expect(restore(v2(step, scarsOnly))).toEqual({ state: { step, answers: scarsOnly, returnToCheck: false } })
    }
  })
})

describe('restore: never throws', () => {
  const nasty = [
    '{"__proto__":{"step":{"kind":"result"}}}',
    '{"step":{"kind":"question","id":"constructor"},"answers":{},"returnToCheck":false}',
    '{"step":{"kind":"question","id":"age"},"answers":{"toString":"x"},"returnToCheck":false}',
    '{"step":null,"answers":null,"returnToCheck":null}',
    '"a string"',
    'true',
    '{"step":{"kind":"result"},"answers":' + '['.repeat(2000) + ']'.repeat(2000) + ',"returnToCheck":false}',
    '\u0000\uffff',
  ]
  it.each(nasty)('%#', (raw) => {
    expect(() => restore(raw)).not.toThrow()
    const { state } = restore(raw)
    expect(['start', 'question']).toContain(state.step.kind)
  })
})
