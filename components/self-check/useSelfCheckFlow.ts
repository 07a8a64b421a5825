// The self-check's state in the browser: the step machine (lib/self-check/flow.ts) plus where it is
// kept. Steps live in the browser's history (so Back works) and progress in sessionStorage (so a look
// at an article and back loses nothing); neither ever leaves the device, and answers never go into
// the URL. Each new step also sets the tab's title and moves focus to the step's heading.
import { useCallback, useEffect, useReducer, useRef, useState } from 'react'
import { initialState, reduce, sameStep, type FlowAction, type FlowState, type Step } from '@/lib/self-check/flow'
import type { SelfCheckLanguage } from '@/lib/self-check/language'
import { restore, serialise, storageKey, type Notice } from '@/lib/self-check/storage'
import { stepTitle } from '@/lib/self-check/titles'

type HistoryState = { selfCheckStep?: Step }

// Storage can be switched off: the check still works, it just cannot resume.
function readProgress(): string | null {
  try {
    return sessionStorage.getItem(storageKey)
  } catch {
    return null
  }
}
function writeProgress(state: FlowState) {
  try {
    sessionStorage.setItem(storageKey, serialise(state))
  } catch {
    // see readProgress()
  }
}

const historyStep = (state: unknown) => (state as HistoryState | null)?.selfCheckStep
const withStep = (step: Step): HistoryState => ({ ...(window.history.state ?? {}), selfCheckStep: step })

export function useSelfCheckFlow(clinicName: string, language: SelfCheckLanguage) {
  const [state, dispatch] = useReducer(reduce, initialState)
  const [notice, setNotice] = useState<Notice>()
  const restored = useRef(false)
  const stepFromHistory = useRef(false)

  // Restore once, after hydration: the server always renders the start page.
  useEffect(() => {
    const result = restore(readProgress())
    // Saved progress lives in localStorage, which only exists after hydration: this is the sync.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (result.notice) setNotice(result.notice)
    stepFromHistory.current = true
    dispatch({ type: 'restore', state: result.state })
    window.history.replaceState(withStep(result.state.step), '')
    restored.current = true
    const onPopState = (event: PopStateEvent) => {
      stepFromHistory.current = true
      dispatch({ type: 'go-to', step: historyStep(event.state) ?? { kind: 'start' } })
    }
    window.addEventListener('popstate', onPopState)
    return () => window.removeEventListener('popstate', onPopState)
  }, [])

  // Record each new step in history, keep progress, and move focus to the new heading.
  useEffect(() => {
    if (!restored.current) return
    writeProgress(state)
    const current = historyStep(window.history.state)
    if (!stepFromHistory.current && !(current && sameStep(current, state.step))) {
      window.history.pushState(withStep(state.step), '')
    }
    const fromHistory = stepFromHistory.current
    stepFromHistory.current = false
    document.title = `${stepTitle(state.step, language)} | ${clinicName}`
    if (!fromHistory || state.step.kind !== 'start') {
      document.getElementById('self-check-heading')?.focus()
    }
  }, [state, clinicName, language])

  /** Every patient action clears the notice (a restored-progress message) before it moves on. */
  const act = useCallback((action: FlowAction) => {
    setNotice(undefined)
    dispatch(action)
  }, [])

  return { state, notice, act }
}
