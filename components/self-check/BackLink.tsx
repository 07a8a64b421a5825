'use client'
import { linkClass } from '@/components/ui/classes'
import { staticRoutes } from '@/lib/routes'

/** GOV.UK's Back link: the browser's own back, so it and the Back button always agree. */
export function BackLink() {
  return (
    <a
      // A real address (the start) for a new tab; a click goes back in history.
      href={staticRoutes.selfCheck}
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
