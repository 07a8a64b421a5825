'use client'
// "Copy link" for one answer. The server HTML (and a browser without JavaScript) gets a plain link to
// the answer instead, which can be copied like any link.
import { useEffect, useRef, useState } from 'react'
import { staticRoutes } from '@/lib/routes'
import { useHydrated } from './useHydrated'

type State = { kind: 'idle' } | { kind: 'copied' } | { kind: 'manual'; url: string }

/** How long "Link copied" stays on screen. */
export const copiedMessageMs = 5000

export const answerUrl = (origin: string, id: string) => `${origin}${staticRoutes.faq}#${id}`

export function CopyLinkButton({ id, question }: { id: string; question: string }) {
  const hydrated = useHydrated()
  const [state, setState] = useState<State>({ kind: 'idle' })
  const inputRef = useRef<HTMLInputElement>(null)

  useEffect(() => {
    if (state.kind === 'copied') {
      const timer = setTimeout(() => setState({ kind: 'idle' }), copiedMessageMs)
      return () => clearTimeout(timer)
    }
    if (state.kind === 'manual') {
      inputRef.current?.focus()
      inputRef.current?.select()
    }
  }, [state])


  if (!hydrated) {
    return (
      <a href={`#${id}`} className="no-print text-brand-800 underline">
        Link to this answer<span className="sr-only">: “{question}”</span>
      </a>
    )
  }

  const copy = async () => {
    const url = answerUrl(window.location.origin, id)
    try {
      if (!navigator.clipboard?.writeText) throw new Error('No clipboard')
      await navigator.clipboard.writeText(url)
      setState({ kind: 'copied' })
    } catch {
      setState({ kind: 'manual', url })
    }
  }

  return (
    <div className="no-print flex flex-wrap items-center gap-x-3 gap-y-2">
      <button
        type="button"
        onClick={copy}
        className="rounded-md border-2 border-brand-700 bg-white px-3 py-1.5 text-sm font-semibold text-brand-800 hover:bg-brand-50"
      >
        Copy link <span className="sr-only">to “{question}”</span>
      </button>
      <span role="status" aria-live="polite" className="text-sm font-semibold">
        {state.kind === 'copied' ? 'Link copied' : ''}
      </span>
      {state.kind === 'manual' && (
        <label className="flex w-full flex-col gap-1 text-sm">
          <span>Copy this link:</span>
          <input
            ref={inputRef}
            type="text"
            readOnly
            value={state.url}
            onFocus={(event) => event.currentTarget.select()}
            className="w-full max-w-md rounded-md border-2 border-ink bg-white px-2 py-1 text-base"
          />
        </label>
      )}
    </div>
  )
}
