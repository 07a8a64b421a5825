'use client'
import type { ReactNode } from 'react'
import { maxQuestions } from '@/lib/self-check/flow'
import { buttonClass } from '@/components/ui/classes'

type Props = { notice?: string; onStart: () => void; checklist: ReactNode; share?: ReactNode }

/**
 * The start page. "Start now" is a plain link to the printed checklist below, which is where it
 * goes without JavaScript; with JavaScript it starts the check instead.
 */
export function StartStep({ notice, onStart, checklist, share }: Props) {
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
        Am I a candidate for SMP?
      </h1>
      <div className="mt-4 max-w-2xl space-y-4 text-lg">
        <p>
          Answer up to {maxQuestions} short questions about your hair and your health. The result says whether scalp
          micropigmentation (SMP) may suit you, or what to wait for or talk through first, and why.
        </p>
        <p>It takes about 3 minutes.</p>
        <ul className="list-disc space-y-1 pl-6">
          <li>This is not a diagnosis. A practitioner will always check at a consultation.</li>
          <li>Your answers stay on this device. Nothing you choose is sent to us or anyone else.</li>
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
        Start now <span aria-hidden="true">→</span>
      </a>
      {share && <div className="mt-6">{share}</div>}
      {checklist}
    </div>
  )
}
