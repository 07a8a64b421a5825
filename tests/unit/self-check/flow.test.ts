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
import { answerAll, bald, harmless, run, tenIds } from './fixtures'

const atCheck = (answers: PartialAnswers): FlowState => ({ step: { kind: 'check' }, answers, returnToCheck: false })

describe('fixtures', () => {
  it('are valid answer sets, or the tests below prove nothing', () => {
    expect(parseAnswers(harmless).success).toBe(true)
    expect(parseAnswers(bald).success).toBe(true)
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
  it('asks every question except shavedLookOk when no concern needs the shaved look', () => {
    let state = reduce(initialState, { type: 'start' })
    const seen: string[] = []
    for (const action of answerAll(harmless)) {
      expect(state.step.kind).toBe('question')
      if (state.step.kind === 'question') seen.push(state.step.id)
      state = reduce(state, action)
    }
    expect(seen).toEqual(tenIds)
    expect(state.step).toEqual({ kind: 'check' })
    expect(state.answers).toEqual(harmless)
  })

  it('goes from age to concerns, and from concerns straight to scalpCondition for a receding hairline', () => {
    const afterAge = run([{ type: 'start' }, { type: 'answer', id: 'age', value: '18-or-over' }])
    expect(afterAge.step).toEqual({ kind: 'question', id: 'concerns' })
    const afterConcerns = reduce(afterAge, { type: 'answer', id: 'concerns', value: ['receding-hairline', 'scars'] })
    expect(afterConcerns.step).toEqual({ kind: 'question', id: 'scalpCondition' })
  })

  it.each([[['complete-baldness']], [['alopecia']], [['receding-hairline', 'alopecia']], [['complete-baldness', 'scars']]])(
    'asks shavedLookOk after concerns %j',
    (concerns) => {
      const state = run([
        { type: 'start' },
        { type: 'answer', id: 'age', value: '18-or-over' },
        { type: 'answer', id: 'concerns', value: concerns },
      ])
      expect(state.step).toEqual({ kind: 'question', id: 'shavedLookOk' })
      expect(reduce(state, { type: 'answer', id: 'shavedLookOk', value: 'no' }).step).toEqual({
        kind: 'question',
        id: 'scalpCondition',
      })
    },
  )

  it.each([[['bald-patches']], [['diffuse-thinning', 'scars']], [['none']]])('skips shavedLookOk after concerns %j', (concerns) => {
    const state = run([
      { type: 'start' },
      { type: 'answer', id: 'age', value: '18-or-over' },
      { type: 'answer', id: 'concerns', value: concerns },
    ])
    expect(state.step).toEqual({ kind: 'question', id: 'scalpCondition' })
  })

  it('goes from the last answer to check-your-answers, with all eleven answers when shavedLookOk applied', () => {
    const state = run([{ type: 'start' }, ...answerAll(bald)])
    expect(state).toEqual({ step: { kind: 'check' }, answers: bald, returnToCheck: false })
  })

  it('keeps an earlier answer when a question is answered again after going back', () => {
    const state = run([{ type: 'start' }, ...answerAll(harmless).slice(0, 3)])
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
    const changed = run([
      { type: 'change', id: 'age' },
      { type: 'answer', id: 'age', value: 'under-18' },
    ], atCheck(harmless))
    expect(changed.step).toEqual({ kind: 'check' })
    expect(changed.answers.age).toBe('under-18')
  })

  it('asks shavedLookOk when a change makes it apply, then returns to check', () => {
    const changed = run([
      { type: 'change', id: 'concerns' },
      { type: 'answer', id: 'concerns', value: ['alopecia'] },
    ], atCheck(harmless))
    expect(changed.step).toEqual({ kind: 'question', id: 'shavedLookOk' })
    expect(changed.returnToCheck).toBe(true)
    expect(progress('shavedLookOk', changed.answers)).toEqual({ number: 3, total: 11 })
    const answered = reduce(changed, { type: 'answer', id: 'shavedLookOk', value: 'unsure' })
    expect(answered).toEqual({
      step: { kind: 'check' },
      answers: { ...harmless, concerns: ['alopecia'], shavedLookOk: 'unsure' },
      returnToCheck: false,
    })
  })

  it('drops the shavedLookOk answer when concerns change away from baldness and alopecia', () => {
    const changed = run([
      { type: 'change', id: 'concerns' },
      { type: 'answer', id: 'concerns', value: ['bald-patches'] },
    ], atCheck(bald))
    expect(changed.step).toEqual({ kind: 'check' })
    expect(changed.answers).not.toHaveProperty('shavedLookOk')
    expect(changed.answers).toEqual({ ...harmless, concerns: ['bald-patches'] })
  })

  it('keeps the shavedLookOk answer when concerns still include one that needs it', () => {
    const changed = run([
      { type: 'change', id: 'concerns' },
      { type: 'answer', id: 'concerns', value: ['complete-baldness', 'alopecia'] },
    ], atCheck(bald))
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

  it('goes to the first unanswered question when answers are missing', () => {
    const { bleedingRisk: _, ...missing } = harmless
    expect(reduce(atCheck(missing), { type: 'confirm' }).step).toEqual({ kind: 'question', id: 'bleedingRisk' })
  })

  it('asks shavedLookOk on confirm when it applies but has no answer', () => {
    const { shavedLookOk: _, ...missing } = bald
    expect(reduce(atCheck(missing), { type: 'confirm' }).step).toEqual({ kind: 'question', id: 'shavedLookOk' })
  })

  it('never shows a result for complete answers that do not parse', () => {
    const contradictory = { ...harmless, concerns: ['none', 'scars'] } as PartialAnswers
    expect(parseAnswers(contradictory).success).toBe(false)
    expect(reduce(atCheck(contradictory), { type: 'confirm' }).step.kind).not.toBe('result')
  })

  it('restart forgets every answer', () => {
    expect(reduce({ step: { kind: 'result' }, answers: harmless, returnToCheck: false }, { type: 'restart' })).toEqual(initialState)
  })

  it('restore replaces the whole state', () => {
    const stored: FlowState = { step: { kind: 'question', id: 'immune' }, answers: { age: 'under-18' }, returnToCheck: true }
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

  it('counts 10 questions without shavedLookOk', () => {
    expect(tenIds.map((id) => progress(id, harmless))).toEqual(tenIds.map((_, i) => ({ number: i + 1, total: 10 })))
  })

  it('counts 11 questions with shavedLookOk, which is question 3', () => {
    const ids = questions.map((q) => q.id)
    expect(ids.map((id) => progress(id, bald))).toEqual(ids.map((_, i) => ({ number: i + 1, total: 11 })))
    expect(progress('shavedLookOk', { concerns: ['alopecia'] })).toEqual({ number: 3, total: 11 })
    expect(progress('healingCondition', { concerns: ['alopecia'] })).toEqual({ number: 11, total: 11 })
  })

  it('maxQuestions is the most anyone is asked', () => {
    expect(maxQuestions).toBe(11)
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
