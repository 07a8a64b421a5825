// The self-check island: shows the current step. The state and where it is kept are in
// useSelfCheckFlow; what comes next is in lib/self-check/flow.ts. Its words come in as a prop (`language`,
// built by the server page), so the island's JavaScript holds no language's words and every language
// runs the same code, the same flow and the same `evaluate`.
import type { ReactNode } from 'react'
// Modules, not the '@/lib/candidacy' index: the index also exports the zod schema, which the
// browser must not download (see lib/candidacy/check.ts).
import { isCompleteAnswers } from '@/lib/candidacy/check'
import { evaluate } from '@/lib/candidacy/evaluate'
import { questionsById } from '@/lib/candidacy/questions'
import { progress } from '@/lib/self-check/flow'
import type { SelfCheckLanguage } from '@/lib/self-check/language'
import { CheckAnswers } from './CheckAnswers'
import type { ClinicContact } from './contact'
import { QuestionStep } from './QuestionStep'
import { ResultView } from './ResultView'
import { StartStep } from './StartStep'
import { useSelfCheckFlow } from './useSelfCheckFlow'

export type SelfCheckProps = {
  /** The no-JavaScript checklist: a slot, rendered on the server only. */
  checklist: ReactNode
  /** The start page's share menu: a slot, rendered on the server only. */
  share?: ReactNode
  contact: ClinicContact
  clinicName: string
  /** Everything the self-check says, in the page's language (selfCheckLanguage() on the server). */
  language: SelfCheckLanguage
}

export function SelfCheck({ checklist, share, contact, clinicName, language }: SelfCheckProps) {
  const { state, notice: noticeKind, act } = useSelfCheckFlow(clinicName, language)
  const { step, answers } = state
  const notice = noticeKind && language.words.notices[noticeKind]
  switch (step.kind) {
    case 'start':
      return (
        <StartStep
          notice={notice}
          onStart={() => act({ type: 'start' })}
          checklist={checklist}
          share={share}
          language={language}
        />
      )
    case 'question':
      return (
        <QuestionStep
          key={step.id}
          question={questionsById[step.id]}
          answers={answers}
          progress={progress(step.id, answers)}
          notice={notice}
          language={language}
          onAnswer={(value) => act({ type: 'answer', id: step.id, value })}
        />
      )
    case 'check':
      return (
        <CheckAnswers
          answers={answers}
          onChange={(id) => act({ type: 'change', id })}
          onConfirm={() => act({ type: 'confirm' })}
          language={language}
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
          language={language}
        />
      )
    }
  }
}
