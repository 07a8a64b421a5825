'use client'
import { useCallback, useEffect, useReducer, useRef, useState, type ReactNode } from 'react'
// Modules, not the '@/lib/candidacy' index: the index also exports the zod schema, which the
// browser must not download (see lib/candidacy/check.ts).
import { isCompleteAnswers } from '@/lib/candidacy/check'
import { evaluate } from '@/lib/candidacy/evaluate'
import { questionsById } from '@/lib/candidacy/questions'
import { initialState, progress, reduce, sameStep, type FlowAction, type Step } from '@/lib/self-check/flow'
import { restore, serialise, storageKey } from '@/lib/self-check/storage'
import { CheckAnswers } from './CheckAnswers'
import type { ClinicContact } from './contact'
import { QuestionStep } from './QuestionStep'
import { ResultView } from './ResultView'
import { StartStep } from './StartStep'

type HistoryState = { selfCheckStep?: Step }

function titleOf(step: Step): string {
  switch (step.kind) {
    case 'start':
      return 'Am I a candidate? Self-check'
    case 'question':
      return `${questionsById[step.id].text} – Self-check`
    case 'check':
      return 'Check your answers – Self-check'
    case 'result':
      return 'Your result – Self-check'
  }
}

/**
 * The self-check island. Steps live in the browser's history (so Back works) and progress in
 * sessionStorage (so a look at an article and back loses nothing); neither ever leaves the device,
 * and answers never go into the URL.
 */
type Props = {
  /** The no-JavaScript checklist, rendered on the server. */
  checklist: ReactNode
  /** The start page's share control, rendered on the server. */
  share?: ReactNode
  contact: ClinicContact
  clinicName: string
}

export function SelfCheck({ checklist, share, contact, clinicName }: Props) {
  const [state, dispatch] = useReducer(reduce, initialState)
  const [notice, setNotice] = useState<string>()
  const restored = useRef(false)
  const stepFromHistory = useRef(false)

  // Restore once, after hydration: the server always renders the start page.
  useEffect(() => {
    let raw: string | null = null
    try {
      raw = sessionStorage.getItem(storageKey)
    } catch {
      // storage switched off: the check still works, it just cannot resume
    }
    const result = restore(raw)
    if (result.notice) setNotice(result.notice)
    stepFromHistory.current = true
    dispatch({ type: 'restore', state: result.state })
    window.history.replaceState({ ...(window.history.state ?? {}), selfCheckStep: result.state.step } satisfies HistoryState, '')
    restored.current = true
    const onPopState = (event: PopStateEvent) => {
      stepFromHistory.current = true
      dispatch({ type: 'go-to', step: (event.state as HistoryState | null)?.selfCheckStep ?? { kind: 'start' } })
    }
    window.addEventListener('popstate', onPopState)
    return () => window.removeEventListener('popstate', onPopState)
  }, [])

  // Record each new step in history, keep progress, and move focus to the new heading.
  useEffect(() => {
    if (!restored.current) return
    try {
      sessionStorage.setItem(storageKey, serialise(state))
    } catch {
      // see above
    }
    const current = (window.history.state as HistoryState | null)?.selfCheckStep
    if (!stepFromHistory.current && !(current && sameStep(current, state.step))) {
      window.history.pushState({ ...(window.history.state ?? {}), selfCheckStep: state.step } satisfies HistoryState, '')
    }
    const fromHistory = stepFromHistory.current
    stepFromHistory.current = false
    document.title = `${titleOf(state.step)} | ${clinicName}`
    if (!fromHistory || state.step.kind !== 'start') {
      document.getElementById('self-check-heading')?.focus()
    }
  }, [state, clinicName])

  const act = useCallback((action: FlowAction) => {
    setNotice(undefined)
    dispatch(action)
  }, [])

  const { step, answers } = state
  switch (step.kind) {
    case 'start':
      return <StartStep notice={notice} onStart={() => act({ type: 'start' })} checklist={checklist} share={share} />
    case 'question':
      return (
        <QuestionStep
          key={step.id}
          question={questionsById[step.id]}
          answers={answers}
          progress={progress(step.id, answers)}
          notice={notice}
          onAnswer={(value) => act({ type: 'answer', id: step.id, value })}
        />
      )
    case 'check':
      return <CheckAnswers answers={answers} onChange={(id) => act({ type: 'change', id })} onConfirm={() => act({ type: 'confirm' })} />
    case 'result': {
      if (!isCompleteAnswers(answers)) return null // unreachable: reduce() only reaches the result with valid answers
      return <ResultView evaluation={evaluate(answers)} answers={answers} contact={contact} onRestart={() => act({ type: 'restart' })} />
    }
  }
}
