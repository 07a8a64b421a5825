import type { ReactNode } from 'react'
import { maxQuestions } from '@/lib/self-check/flow'
import { say, type SelfCheckLanguage } from '@/lib/self-check/language'
import { buttonClass } from '@/components/ui/classes'

type Props = {
  notice?: string
  onStart: () => void
  checklist: ReactNode
  share?: ReactNode
  language: SelfCheckLanguage
}

/**
 * The start page. "Start now" is a plain link to the printed checklist below, which is where it
 * goes without JavaScript; with JavaScript it starts the check instead.
 */
export function StartStep({ notice, onStart, checklist, share, language }: Props) {
  const words = language.words.start
  return (
    <div>
      {notice && (
        <p role="status" className="mb-6 border-l-4 border-amber-600 bg-amber-50 p-4">
          {notice}
        </p>
      )}
      <h1
        id="self-check-heading"
        tabIndex={-1}
        className="text-3xl leading-tight font-bold focus:outline-none sm:text-4xl"
      >
        {words.heading}
      </h1>
      <div className="mt-4 max-w-2xl space-y-4 text-lg">
        <p>{say(language, words.intro, { count: maxQuestions })}</p>
        <p>{words.time}</p>
        <ul className="list-disc space-y-1 pl-6">
          <li>{words.notDiagnosis}</li>
          <li>{words.staysHere}</li>
        </ul>
      </div>
      <a
        href="#all-questions"
        onClick={(event) => {
          event.preventDefault()
          onStart()
        }}
        className={buttonClass(
          { variant: 'primary', size: 'call' },
          'mt-8 inline-flex items-center gap-2 text-xl font-bold no-underline',
        )}
      >
        {words.startNow} <span aria-hidden="true">→</span>
      </a>
      {share && <div className="mt-6">{share}</div>}
      {checklist}
    </div>
  )
}
