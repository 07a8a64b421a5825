import { describe, expect, it } from 'vitest'
import { initialState, reduce, type FlowState } from '@/lib/self-check/flow'
import { restore, serialise, staleNotice, storageKey } from '@/lib/self-check/storage'
import { answerAll, bald, harmless, run } from './fixtures'

const stored = (value: unknown) => JSON.stringify(value)
const fresh = { state: initialState, notice: staleNotice }

describe('storage key and notice', () => {
  it('uses a versioned key and a short plain notice', () => {
    expect(storageKey).toMatch(/self-check/)
    expect(storageKey).toMatch(/v\d+$/)
    expect(staleNotice.length).toBeGreaterThan(20)
    expect(staleNotice.length).toBeLessThan(160)
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
    ['shavedLookOk when it applies', run([{ type: 'start' }, ...answerAll(bald).slice(0, 2)])],
    ['check-your-answers', run([{ type: 'start' }, ...answerAll(bald)])],
    ['a change from check-your-answers', run([{ type: 'start' }, ...answerAll(harmless), { type: 'change', id: 'immune' }])],
    ['the result', run([{ type: 'start' }, ...answerAll(harmless), { type: 'confirm' }])],
  ]

  it.each(states)('%s', (_, state) => {
    const result = restore(serialise(state))
    expect(result.notice).toBeUndefined()
    expect(result.state).toEqual(state)
  })

  it('the states above are the steps they claim to be', () => {
    expect(states.map(([, s]) => s.step.kind)).toEqual(['start', 'question', 'question', 'question', 'check', 'question', 'result'])
    expect(states[3]![1].step).toEqual({ kind: 'question', id: 'shavedLookOk' })
    expect(states[5]![1].returnToCheck).toBe(true)
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
    ['an unknown concern', stored({ step: question, answers: { age: '18-or-over', concerns: ['baldness'] }, returnToCheck: false })],
    ['concerns that are not a list', stored({ step: question, answers: { concerns: 'scars' }, returnToCheck: false })],
    ['an empty concerns list', stored({ step: question, answers: { concerns: [] }, returnToCheck: false })],
    ['a list for a single-choice question', stored({ step: question, answers: { age: ['18-or-over'] }, returnToCheck: false })],
    ['an unknown question id in the answers', stored({ step: question, answers: { age: '18-or-over', favouriteColour: 'blue' }, returnToCheck: false })],
    ['an unknown key at the top level', stored({ ...initialState, version: 2 })],
    ['an unknown step kind', stored({ step: { kind: 'summary' }, answers: {}, returnToCheck: false })],
    ['an unknown question in the step', stored({ step: { kind: 'question', id: 'favouriteColour' }, answers: {}, returnToCheck: false })],
    ['a step with extra fields', stored({ step: { kind: 'check', id: 'age' }, answers: harmless, returnToCheck: false })],
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
    ['answers kept on the start page', stored({ step: { kind: 'start' }, answers: { age: '18-or-over' }, returnToCheck: false })],
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
  it('a result with incomplete answers goes to the first unanswered question, keeping the answers', () => {
    const answers = { age: '18-or-over', concerns: ['scars'] }
    const result = restore(stored({ step: { kind: 'result' }, answers, returnToCheck: false }))
    expect(result.notice).toBeUndefined()
    expect(result.state).toEqual({ step: { kind: 'question', id: 'scalpCondition' }, answers, returnToCheck: false })
  })

  it('check-your-answers with a missing shavedLookOk answer asks it', () => {
    const { shavedLookOk: _, ...answers } = bald
    const result = restore(stored({ step: { kind: 'check' }, answers, returnToCheck: false }))
    expect(result.notice).toBeUndefined()
    expect(result.state.step).toEqual({ kind: 'question', id: 'shavedLookOk' })
  })

  it('shavedLookOk when no concern needs it goes to the first unanswered question', () => {
    const answers = { age: '18-or-over', concerns: ['receding-hairline'] }
    const result = restore(stored({ step: { kind: 'question', id: 'shavedLookOk' }, answers, returnToCheck: false }))
    expect(result.notice).toBeUndefined()
    expect(result.state.step).toEqual({ kind: 'question', id: 'scalpCondition' })
  })

  it('the result with no answers at all goes to the first question', () => {
    const result = restore(stored({ step: { kind: 'result' }, answers: {}, returnToCheck: false }))
    expect(result.notice).toBeUndefined()
    expect(result.state).toEqual({ step: { kind: 'question', id: 'age' }, answers: {}, returnToCheck: false })
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
