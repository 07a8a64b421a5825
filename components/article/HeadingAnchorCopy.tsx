'use client'
// Clicking a section's "#" link still jumps to the section (the address bar then holds its link),
// and also copies the section's full public address and says so, for staff pasting it into a message.
import { useEffect, useState } from 'react'

export function HeadingAnchorCopy({ pageUrl }: { pageUrl: string }) {
  const [message, setMessage] = useState('')

  useEffect(() => {
    const onClick = async (event: MouseEvent) => {
      const anchor = (event.target as Element | null)?.closest?.('a.heading-anchor')
      const hash = anchor?.getAttribute('href')
      if (!anchor || !hash?.startsWith('#')) return
      const heading = anchor.parentElement
      const title =
        [...(heading?.childNodes ?? [])]
          .filter((node) => node !== anchor)
          .map((node) => node.textContent)
          .join('')
          .trim() || 'this section'
      try {
        if (!navigator.clipboard?.writeText) throw new Error('No clipboard')
        await navigator.clipboard.writeText(`${pageUrl}${hash}`)
        setMessage(`Link to “${title}” copied`)
      } catch {
        setMessage(`The link to “${title}” is now in the address bar`)
      }
    }
    document.addEventListener('click', onClick)
    return () => document.removeEventListener('click', onClick)
  }, [pageUrl])

  useEffect(() => {
    if (!message) return
    const timer = setTimeout(() => setMessage(''), 5000)
    return () => clearTimeout(timer)
  }, [message])

  return (
    <div
      role="status"
      aria-live="polite"
      className={`no-print fixed inset-x-4 bottom-4 z-10 mx-auto max-w-md rounded-md bg-ink px-4 py-3 text-center font-semibold text-white shadow-lg ${message ? '' : 'sr-only'}`}
    >
      {message}
    </div>
  )
}
