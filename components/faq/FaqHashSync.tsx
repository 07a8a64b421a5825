'use client'
// Keeps the open answer and the address bar in step:
// - /faq#does-it-hurt (on load, or when the hash changes) opens that answer and scrolls to it;
// - opening an answer puts its #id in the address, so the address can be copied and shared;
// - an answer the search has hidden is shown again by clearing the search.
// (Printing shows every answer through CSS: see FaqItem.)
import { useEffect } from 'react'
import { flushSync } from 'react-dom'
import { faqDetailsAttribute } from '@/lib/faq/dom'
import { useOptionalFaqFilter } from './FaqFilterContext'

function answerFromHash(): HTMLDetailsElement | null {
  let id: string
  try {
    id = decodeURIComponent(window.location.hash.slice(1))
  } catch {
    return null
  }
  if (!id) return null
  const element = document.getElementById(id)
  return element instanceof HTMLDetailsElement && element.hasAttribute(faqDetailsAttribute) ? element : null
}

export function FaqHashSync() {
  // A state setter: the same function for the page's whole life, so the effect below runs once.
  const setQuery = useOptionalFaqFilter()?.setQuery

  useEffect(() => {
    const openFromHash = () => {
      const details = answerFromHash()
      if (!details) return
      if (setQuery && details.closest('[hidden]')) flushSync(() => setQuery(''))
      details.open = true
      // After this frame's layout, so the newly shown answer and the search box are in place.
      requestAnimationFrame(() => details.scrollIntoView({ block: 'start' }))
    }

    const onToggle = (event: Event) => {
      const details = event.target
      if (!(details instanceof HTMLDetailsElement) || !details.hasAttribute(faqDetailsAttribute) || !details.open) return
      if (window.location.hash !== `#${details.id}`) window.history.replaceState(null, '', `#${details.id}`)
    }

    openFromHash()
    window.addEventListener('hashchange', openFromHash)
    // "toggle" does not bubble: listen in the capture phase to hear every answer.
    document.addEventListener('toggle', onToggle, true)
    return () => {
      window.removeEventListener('hashchange', openFromHash)
      document.removeEventListener('toggle', onToggle, true)
    }
  }, [setQuery])
  return null
}
