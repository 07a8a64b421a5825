'use client'
// The self-check island: shows the current step. The state and where it is kept are in
// useSelfCheckFlow; what comes next is in lib/self-check/flow.ts.
import type { ReactNode } from 'react'
// Modules, not the '@/lib/candidacy' index: the index also exports the zod schema, which the
// browser must not download (see lib/candidacy/check.ts).
import { isCompleteAnswers } from '@/lib/candidacy/check'
import { evaluate } from '@/lib/candidacy/evaluate'
import { questionsById } from '@/lib/candidacy/questions'
import { progress } from '@/lib/self-check/flow'
import { CheckAnswers } from './CheckAnswers'
import type { ClinicContact } from './contact'
import { QuestionStep } from './QuestionStep'
import { ResultView } from './ResultView'
import { StartStep } from './StartStep'
import { useSelfCheckFlow } from './useSelfCheckFlow'

type Props = {
  /** The no-JavaScript checklist, rendered on the server. */
  checklist: ReactNode
  /** The start page's share control, rendered on the server. */
  share?: ReactNode
  contact: ClinicContact
  clinicName: string
}

export function SelfCheck({ checklist, share, contact, clinicName }: Props) {
  const { state, notice, act } = useSelfCheckFlow(clinicName)
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
      return (
        <CheckAnswers
          answers={answers}
          onChange={(id) => act({ type: 'change', id })}
          onConfirm={() => act({ type: 'confirm' })}
        />
      )
    case 'result': {
      if (!isCompleteAnswers(answers)) return null // unreachable: reduce() only reaches the result with valid answers
      return (
        <ResultView
          evaluation={evaluate(answers)}
          answers={answers}
          contact={contact}
          onRestart={() => act({ type: 'restart' })}
        />
      )
    }
  }
}
