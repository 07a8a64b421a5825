import { describe, expect, it } from 'vitest'
import { parseAnswers, questions, type PartialAnswers } from '@/lib/candidacy'
import {
  initialState,
  maxQuestions,
  nextUnanswered,
  progress,
  reachable,
  reduce,
  sameStep,
  type FlowState,
} from '@/lib/self-check/flow'
import { allIds, answerAll, bald, harmless, harmlessIds, run, scarsIds, scarsOnly } from '@/tests/fixtures/self-check'

const atCheck = (answers: PartialAnswers): FlowState => ({ step: { kind: 'check' }, answers, returnToCheck: false })

describe('fixtures', () => {
  it('are valid answer sets, or the tests below prove nothing', () => {
    expect(parseAnswers(harmless).success).toBe(true)
    expect(parseAnswers(bald).success).toBe(true)
    expect(parseAnswers(scarsOnly).success).toBe(true)
  })
})

describe('reduce: start', () => {
  it('goes from the start page to the first question', () => {
    expect(reduce(initialState, { type: 'start' })).toEqual({
      step: { kind: 'question', id: 'age' },
      answers: {},
      returnToCheck: false,
    })
  })

  it('resumes at the first unanswered question when some answers are kept', () => {
    const state = reduce({ ...initialState, answers: { age: '18-or-over', concerns: ['scars'] } }, { type: 'start' })
    expect(state.step).toEqual({ kind: 'question', id: 'scalpCondition' })
  })

  it('goes to check-your-answers when every answer is kept', () => {
    expect(reduce({ ...initialState, answers: harmless }, { type: 'start' }).step).toEqual({ kind: 'check' })
  })
})

describe('reduce: answering in order', () => {
  it.each([
    ['a receding hairline (hairLossSigns and causeKnown, no shavedLookOk)', harmless, harmlessIds],
    ['complete baldness (all three)', bald, allIds],
    ['scars only (neither)', scarsOnly, scarsIds],
  ] as const)('asks exactly the questions that apply for %s, in order', (_, answers, ids) => {
    let state = reduce(initialState, { type: 'start' })
    const seen: string[] = []
    for (const action of answerAll(answers)) {
      expect(state.step.kind).toBe('question')
      if (state.step.kind === 'question') seen.push(state.step.id)
      state = reduce(state, action)
    }
    expect(seen).toEqual(ids)
    expect(state.step).toEqual({ kind: 'check' })
    expect(state.answers).toEqual(answers)
    expect(state.returnToCheck).toBe(false)
  })

  it('goes from age to concerns, and from concerns to hairLossSigns, causeKnown, then scalpCondition, for a receding hairline', () => {
    const afterAge = run([{ type: 'start' }, { type: 'answer', id: 'age', value: '18-or-over' }])
    expect(afterAge.step).toEqual({ kind: 'question', id: 'concerns' })
    const afterConcerns = reduce(afterAge, { type: 'answer', id: 'concerns', value: ['receding-hairline', 'scars'] })
    expect(afterConcerns.step).toEqual({ kind: 'question', id: 'hairLossSigns' })
    const afterSigns = reduce(afterConcerns, { type: 'answer', id: 'hairLossSigns', value: ['sudden'] })
    expect(afterSigns.step).toEqual({ kind: 'question', id: 'causeKnown' })
    const afterCause = reduce(afterSigns, { type: 'answer', id: 'causeKnown', value: 'unsure' })
    expect(afterCause.step).toEqual({ kind: 'question', id: 'scalpCondition' })
  })

  // The three conditional questions after concerns, for every concern on its own and some mixes.
  const hairLoss = ['receding-hairline', 'diffuse-thinning', 'bald-patches', 'complete-baldness', 'alopecia']
  const afterConcerns = (concerns: string[]) => [
    ...(concerns.some((c) => hairLoss.includes(c)) ? ['hairLossSigns', 'causeKnown'] : []),
    ...(concerns.some((c) => c === 'complete-baldness' || c === 'alopecia') ? ['shavedLookOk'] : []),
    'scalpCondition',
  ]
  it.each([
    ...questions.find((q) => q.id === 'concerns')!.options.map((o) => [o.value]),
    ['receding-hairline', 'alopecia'],
    ['complete-baldness', 'scars'],
    ['scars', 'birthmarks'],
    ['diffuse-thinning', 'birthmarks'],
  ])('after concerns %j asks the questions that apply, then scalpCondition', (...concerns) => {
    let state = run([
      { type: 'start' },
      { type: 'answer', id: 'age', value: '18-or-over' },
      { type: 'answer', id: 'concerns', value: concerns },
    ])
    const seen: string[] = []
    for (let i = 0; i < 4 && state.step.kind === 'question'; i++) {
      const { id } = state.step
      seen.push(id)
      if (id === 'scalpCondition') break
      state = reduce(state, { type: 'answer', id, value: id === 'hairLossSigns' ? ['none'] : 'no' })
    }
    expect(seen).toEqual(afterConcerns(concerns))
  })

  it('goes from the last answer to check-your-answers, with all thirteen answers when every conditional question applied', () => {
    const state = run([{ type: 'start' }, ...answerAll(bald)])
    expect(state).toEqual({ step: { kind: 'check' }, answers: bald, returnToCheck: false })
  })

  it('keeps an earlier answer when a question is answered again after going back', () => {
    const state = run([{ type: 'start' }, ...answerAll(scarsOnly).slice(0, 3)])
    const back = reduce(state, { type: 'go-to', step: { kind: 'question', id: 'concerns' } })
    expect(back.step).toEqual({ kind: 'question', id: 'concerns' })
    expect(back.answers.scalpCondition).toBe('none')
    const again = reduce(back, { type: 'answer', id: 'concerns', value: ['scars'] })
    expect(again.answers).toEqual({ age: '18-or-over', concerns: ['scars'], scalpCondition: 'none' })
    // In a first pass, the next question in order, not the next unanswered one.
    expect(again.step).toEqual({ kind: 'question', id: 'scalpCondition' })
  })
})

describe('reduce: changing an answer from check-your-answers', () => {
  it('goes to the question with returnToCheck set, and back to check after answering', () => {
    const changing = reduce(atCheck(harmless), { type: 'change', id: 'pregnancy' })
    expect(changing).toEqual({ step: { kind: 'question', id: 'pregnancy' }, answers: harmless, returnToCheck: true })
    const changed = reduce(changing, { type: 'answer', id: 'pregnancy', value: 'breastfeeding' })
    expect(changed).toEqual({
      step: { kind: 'check' },
      answers: { ...harmless, pregnancy: 'breastfeeding' },
      returnToCheck: false,
    })
  })

  it('returns to check after changing the first question, not to the question after it', () => {
    const changed = run(
      [
        { type: 'change', id: 'age' },
        { type: 'answer', id: 'age', value: 'under-18' },
      ],
      atCheck(harmless),
    )
    expect(changed.step).toEqual({ kind: 'check' })
    expect(changed.answers.age).toBe('under-18')
  })

  it('asks hairLossSigns and causeKnown when a change makes them apply, then returns to check', () => {
    const changed = run(
      [
        { type: 'change', id: 'concerns' },
        { type: 'answer', id: 'concerns', value: ['birthmarks', 'bald-patches'] },
      ],
      atCheck(scarsOnly),
    )
    expect(changed.step).toEqual({ kind: 'question', id: 'hairLossSigns' })
    expect(changed.returnToCheck).toBe(true)
    expect(progress('hairLossSigns', changed.answers)).toEqual({ number: 3, total: 12 })
    const signs = reduce(changed, { type: 'answer', id: 'hairLossSigns', value: ['new-patches'] })
    expect(signs.step).toEqual({ kind: 'question', id: 'causeKnown' })
    expect(signs.returnToCheck).toBe(true)
    const answered = reduce(signs, { type: 'answer', id: 'causeKnown', value: 'no' })
    expect(answered).toEqual({
      step: { kind: 'check' },
      answers: {
        ...scarsOnly,
        concerns: ['birthmarks', 'bald-patches'],
        hairLossSigns: ['new-patches'],
        causeKnown: 'no',
      },
      returnToCheck: false,
    })
  })

  it('asks all three conditional questions, in order, when a change makes them apply, then returns to check', () => {
    const changed = run(
      [
        { type: 'change', id: 'concerns' },
        { type: 'answer', id: 'concerns', value: ['alopecia'] },
      ],
      atCheck(scarsOnly),
    )
    expect(changed.step).toEqual({ kind: 'question', id: 'hairLossSigns' })
    const signs = reduce(changed, { type: 'answer', id: 'hairLossSigns', value: ['none'] })
    expect(signs.step).toEqual({ kind: 'question', id: 'causeKnown' })
    const cause = reduce(signs, { type: 'answer', id: 'causeKnown', value: 'yes' })
    expect(cause.step).toEqual({ kind: 'question', id: 'shavedLookOk' })
    expect(cause.returnToCheck).toBe(true)
    expect(progress('shavedLookOk', cause.answers)).toEqual({ number: 5, total: 13 })
    const answered = reduce(cause, { type: 'answer', id: 'shavedLookOk', value: 'unsure' })
    expect(answered).toEqual({
      step: { kind: 'check' },
      answers: {
        ...scarsOnly,
        concerns: ['alopecia'],
        hairLossSigns: ['none'],
        causeKnown: 'yes',
        shavedLookOk: 'unsure',
      },
      returnToCheck: false,
    })
  })

  it('asks shavedLookOk when a change makes it apply, then returns to check', () => {
    const changed = run(
      [
        { type: 'change', id: 'concerns' },
        { type: 'answer', id: 'concerns', value: ['alopecia'] },
      ],
      atCheck(harmless),
    )
    expect(changed.step).toEqual({ kind: 'question', id: 'shavedLookOk' })
    expect(changed.returnToCheck).toBe(true)
    expect(progress('shavedLookOk', changed.answers)).toEqual({ number: 5, total: 13 })
    const answered = reduce(changed, { type: 'answer', id: 'shavedLookOk', value: 'unsure' })
    expect(answered).toEqual({
      step: { kind: 'check' },
      answers: { ...harmless, concerns: ['alopecia'], shavedLookOk: 'unsure' },
      returnToCheck: false,
    })
  })

  it('drops the shavedLookOk answer when concerns change away from baldness and alopecia areata', () => {
    const changed = run(
      [
        { type: 'change', id: 'concerns' },
        { type: 'answer', id: 'concerns', value: ['bald-patches'] },
      ],
      atCheck(bald),
    )
    expect(changed.step).toEqual({ kind: 'check' })
    expect(changed.answers).not.toHaveProperty('shavedLookOk')
    expect(changed.answers).toEqual({ ...harmless, concerns: ['bald-patches'] })
  })

  it('drops every conditional answer when concerns change to scars and birthmarks only', () => {
    const changed = run(
      [
        { type: 'change', id: 'concerns' },
        { type: 'answer', id: 'concerns', value: ['scars', 'birthmarks'] },
      ],
      atCheck({ ...bald, hairLossSigns: ['sudden'] }),
    )
    expect(changed.step).toEqual({ kind: 'check' })
    expect(changed.answers).not.toHaveProperty('shavedLookOk')
    expect(changed.answers).not.toHaveProperty('hairLossSigns')
    expect(changed.answers).not.toHaveProperty('causeKnown')
    expect(changed.answers).toEqual({ ...scarsOnly, concerns: ['scars', 'birthmarks'] })
  })

  it('keeps the shavedLookOk answer when concerns still include one that needs it', () => {
    const changed = run(
      [
        { type: 'change', id: 'concerns' },
        { type: 'answer', id: 'concerns', value: ['complete-baldness', 'alopecia'] },
      ],
      atCheck(bald),
    )
    expect(changed.step).toEqual({ kind: 'check' })
    expect(changed.answers.shavedLookOk).toBe('yes')
  })
})

describe('reduce: confirm, restart, restore', () => {
  it('goes to the result with valid answers', () => {
    expect(reduce(atCheck(harmless), { type: 'confirm' })).toEqual({
      step: { kind: 'result' },
      answers: harmless,
      returnToCheck: false,
    })
  })

  it('goes to the first unanswered question when answers are missing, then straight back to check', () => {
    const { bleedingRisk: _, ...missing } = harmless
    const asked = reduce(atCheck(missing), { type: 'confirm' })
    expect(asked.step).toEqual({ kind: 'question', id: 'bleedingRisk' })
    expect(asked.returnToCheck).toBe(true)
    expect(reduce(asked, { type: 'answer', id: 'bleedingRisk', value: 'no' })).toEqual(atCheck(harmless))
  })

  it.each(['hairLossSigns', 'causeKnown', 'shavedLookOk'] as const)(
    'asks %s on confirm when it applies but has no answer',
    (id) => {
      const { [id]: _, ...missing } = bald
      expect(reduce(atCheck(missing), { type: 'confirm' }).step).toEqual({ kind: 'question', id })
    },
  )

  it('never shows a result for complete answers that do not parse', () => {
    const contradictory = { ...harmless, concerns: ['none', 'scars'] } as PartialAnswers
    expect(parseAnswers(contradictory).success).toBe(false)
    expect(reduce(atCheck(contradictory), { type: 'confirm' }).step.kind).not.toBe('result')
  })

  it('restart forgets every answer', () => {
    expect(reduce({ step: { kind: 'result' }, answers: harmless, returnToCheck: false }, { type: 'restart' })).toEqual(
      initialState,
    )
  })

  it('restore replaces the whole state', () => {
    const stored: FlowState = {
      step: { kind: 'question', id: 'immune' },
      answers: { age: 'under-18' },
      returnToCheck: true,
    }
    expect(reduce(initialState, { type: 'restore', state: stored })).toEqual(stored)
  })
})

describe('reduce: go-to (browser back and forward)', () => {
  const partway: FlowState = {
    step: { kind: 'question', id: 'keloidProne' },
    answers: { age: '18-or-over', concerns: ['scars'], scalpCondition: 'none', skinCancerHistory: 'no' },
    returnToCheck: false,
  }

  it('goes to an earlier question and keeps the answers', () => {
    const state = reduce(partway, { type: 'go-to', step: { kind: 'question', id: 'age' } })
    expect(state).toEqual({ ...partway, step: { kind: 'question', id: 'age' } })
  })

  it('goes to the start page', () => {
    expect(reduce(partway, { type: 'go-to', step: { kind: 'start' } }).step).toEqual({ kind: 'start' })
  })

  it('redirects a question that no longer applies to the first unanswered question', () => {
    const state = reduce(partway, { type: 'go-to', step: { kind: 'question', id: 'shavedLookOk' } })
    expect(state.step).toEqual({ kind: 'question', id: 'keloidProne' })
  })

  it.each(['check', 'result'] as const)('redirects an unearned %s page to the first unanswered question', (kind) => {
    expect(reduce(partway, { type: 'go-to', step: { kind } }).step).toEqual({ kind: 'question', id: 'keloidProne' })
  })

  it('allows check and result with complete answers', () => {
    expect(reduce(atCheck(harmless), { type: 'go-to', step: { kind: 'result' } }).step).toEqual({ kind: 'result' })
    expect(reachable({ kind: 'check' }, bald)).toEqual({ kind: 'check' })
  })
})

describe('reduce: a question left unanswered behind the last one', () => {
  // E.g. answers saved before hairLossSigns existed, or a question skipped with the browser's Forward button.
  const { hairLossSigns: _, ...old } = harmless
  const atLast: FlowState = { step: { kind: 'question', id: 'healingCondition' }, answers: old, returnToCheck: false }

  it('asks the missing question after the last one, then goes straight to check-your-answers', () => {
    const missing = reduce(atLast, { type: 'answer', id: 'healingCondition', value: 'no' })
    expect(missing.step).toEqual({ kind: 'question', id: 'hairLossSigns' })
    expect(missing.returnToCheck).toBe(true)
    const done = reduce(missing, { type: 'answer', id: 'hairLossSigns', value: ['none'] })
    expect(done).toEqual(atCheck(harmless))
  })

  it('asks several missing questions one after another', () => {
    const { hairLossSigns: _h, bleedingRisk: _b, ...gappy } = harmless
    let state = reduce({ ...atLast, answers: gappy }, { type: 'answer', id: 'healingCondition', value: 'no' })
    expect(state.step).toEqual({ kind: 'question', id: 'hairLossSigns' })
    state = reduce(state, { type: 'answer', id: 'hairLossSigns', value: ['none'] })
    expect(state.step).toEqual({ kind: 'question', id: 'bleedingRisk' })
    state = reduce(state, { type: 'answer', id: 'bleedingRisk', value: 'no' })
    expect(state).toEqual(atCheck(harmless))
  })
})

describe('nextUnanswered', () => {
  it('treats an empty concerns list as unanswered', () => {
    expect(nextUnanswered({ age: '18-or-over', concerns: [] as never })).toEqual({ kind: 'question', id: 'concerns' })
  })

  it('sends complete but contradictory answers to the start page, never to check', () => {
    expect(nextUnanswered({ ...harmless, concerns: ['none', 'receding-hairline'] })).toEqual({ kind: 'start' })
  })
})

describe('progress', () => {
  it('counts 10 questions before concerns are known', () => {
    expect(progress('age', {})).toEqual({ number: 1, total: 10 })
    expect(progress('concerns', { age: '18-or-over' })).toEqual({ number: 2, total: 10 })
  })

  it('counts 10 questions for scars only', () => {
    expect(scarsIds.map((id) => progress(id, scarsOnly))).toEqual(
      scarsIds.map((_, i) => ({ number: i + 1, total: 10 })),
    )
  })

  it('counts 12 questions with hairLossSigns and causeKnown, which are questions 3 and 4', () => {
    expect(harmlessIds.map((id) => progress(id, harmless))).toEqual(
      harmlessIds.map((_, i) => ({ number: i + 1, total: 12 })),
    )
    expect(progress('hairLossSigns', { concerns: ['diffuse-thinning'] })).toEqual({ number: 3, total: 12 })
    expect(progress('causeKnown', { concerns: ['diffuse-thinning'] })).toEqual({ number: 4, total: 12 })
  })

  it('counts 13 questions with all three, hairLossSigns 3, causeKnown 4 and shavedLookOk 5', () => {
    const ids = questions.map((q) => q.id)
    expect(ids.map((id) => progress(id, bald))).toEqual(ids.map((_, i) => ({ number: i + 1, total: 13 })))
    expect(progress('hairLossSigns', { concerns: ['alopecia'] })).toEqual({ number: 3, total: 13 })
    expect(progress('causeKnown', { concerns: ['alopecia'] })).toEqual({ number: 4, total: 13 })
    expect(progress('shavedLookOk', { concerns: ['alopecia'] })).toEqual({ number: 5, total: 13 })
    expect(progress('healingCondition', { concerns: ['alopecia'] })).toEqual({ number: 13, total: 13 })
  })

  it('maxQuestions is the most anyone is asked', () => {
    expect(maxQuestions).toBe(13)
  })
})

describe('sameStep', () => {
  it('compares kind and question id', () => {
    expect(sameStep({ kind: 'question', id: 'age' }, { kind: 'question', id: 'age' })).toBe(true)
    expect(sameStep({ kind: 'question', id: 'age' }, { kind: 'question', id: 'concerns' })).toBe(false)
    expect(sameStep({ kind: 'check' }, { kind: 'check' })).toBe(true)
    expect(sameStep({ kind: 'check' }, { kind: 'result' })).toBe(false)
    expect(sameStep({ kind: 'start' }, { kind: 'question', id: 'age' })).toBe(false)
  })
})
