'use client'
// The "Search the questions" box. It is in the server HTML, so nothing moves when JavaScript starts,
// but it needs JavaScript: without it the box is hidden (.js-only) and every question simply shows.
import { useEffect, useId, useRef, useState } from 'react'
import { matchCountMessage } from '@/lib/faq/filter'
import { useFaqFilter } from './FaqFilterContext'
import { useHydrated } from '@/components/ui/useHydrated'

export type FilterContact = { phone: string; phoneHref: string; email: string; emailHref: string }

/** How long typing must pause before the count is announced, so a screen reader is not flooded. */
export const announceDelayMs = 400

export function FaqFilterBox({ contact }: { contact: FilterContact }) {
  const hydrated = useHydrated()
  const { query, setQuery, visibleIds } = useFaqFilter()
  const inputRef = useRef<HTMLInputElement>(null)
  const id = useId()
  const count = visibleIds?.size ?? null
  const [announcement, setAnnouncement] = useState('')

  useEffect(() => {
    const message = count === null ? '' : matchCountMessage(count)
    const timer = setTimeout(() => setAnnouncement(message), count === null ? 0 : announceDelayMs)
    return () => clearTimeout(timer)
  }, [count])

  const clear = () => {
    setQuery('')
    inputRef.current?.focus()
  }

  return (
    // A search landmark, not a <form>: the questions narrow as one types, so there is nothing to submit and Enter
    // does nothing (a form with no submit button would reload the page on Enter).
    <div role="search" aria-label="Questions" className="js-only no-print rounded-md bg-brand-50 p-4">
      <label htmlFor={`${id}-input`} className="block text-lg font-semibold">
        Search the questions
      </label>
      <p id={`${id}-hint`} className="mt-1 text-muted">
        Type a word or two, for example “pain” or “swimming”.
      </p>
      <input
        ref={inputRef}
        id={`${id}-input`}
        type="search"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        aria-describedby={`${id}-hint`}
        autoComplete="off"
        // Typing before the page is ready would be lost, so the box waits for JavaScript.
        disabled={!hydrated}
        enterKeyHint="search"
        className="mt-2 w-full max-w-md rounded-md border-2 border-ink bg-white px-3 py-2 text-lg"
      />
      <p role="status" aria-live="polite" className="mt-2 min-h-6 font-semibold">
        {announcement}
      </p>
      {count === 0 && (
        <div className="mt-2 border-l-4 border-brand-700 pl-4">
          <p>
            We could not find “{query.trim()}” in these answers. Try a different word, or ask us: call{' '}
            <a className="whitespace-nowrap text-brand-800 underline" href={contact.phoneHref}>{contact.phone}</a> or email{' '}
            <a className="break-all text-brand-800 underline" href={contact.emailHref}>{contact.email}</a>.
          </p>
          <button type="button" onClick={clear} className="mt-3 rounded-md border-2 border-brand-700 bg-white px-4 py-2 font-semibold text-brand-800">
            Clear the search
          </button>
        </div>
      )}
    </div>
  )
}
