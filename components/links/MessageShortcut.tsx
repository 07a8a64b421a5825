'use client'
// On a phone the message builder sits above a long list. Once something is ticked, this bar stays at
// the bottom of the screen while the list is in view (CSS sticky, no scroll handlers) to lead back to it.
import { linkCount, messageSectionId, useLinkSelection } from './LinkSelection'

export function MessageShortcut() {
  const { selected } = useLinkSelection()
  if (selected.size === 0) return null
  return (
    <a
      href={`#${messageSectionId}`}
      className="no-print sticky bottom-0 z-10 mt-6 block rounded-t-md bg-brand-900 px-4 py-3 text-center font-semibold text-white underline lg:hidden"
    >
      Go to the message ({linkCount(selected.size)})
    </a>
  )
}
