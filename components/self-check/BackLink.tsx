'use client'
import { linkClass } from '@/components/ui/classes'

/** GOV.UK's Back link: the browser's own back, so it and the Back button always agree. */
export function BackLink() {
  return (
    <a
      href="#"
      onClick={(event) => {
        event.preventDefault()
        window.history.back()
      }}
      className={linkClass('text', 'no-print mb-6 inline-block')}
    >
      ‹ Back
    </a>
  )
}
