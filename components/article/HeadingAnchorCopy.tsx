import type { Locale } from '@/lib/i18n/locales'
import { articleWords } from '@/lib/i18n/words/article'

// Clicking a section's "#" link still jumps to the section (the address bar then holds its link), and
// with JavaScript also copies the section's full public address and says so here, for staff pasting it
// into a message (enhance/heading-anchors.ts). Visually hidden until there is something to say. The
// messages are in the page's language, in data attributes, so the script itself holds no words.
export function HeadingAnchorCopy({ pageUrl, locale }: { pageUrl: string; locale: Locale }) {
  const words = articleWords[locale].anchors
  return (
    <div
      role="status"
      aria-live="polite"
      data-anchor-copy={pageUrl}
      data-anchor-copied={words.copied}
      data-anchor-in-address-bar={words.inAddressBar}
      data-anchor-untitled={words.untitled}
      className="no-print sr-only fixed inset-x-4 bottom-4 z-10 mx-auto max-w-md rounded-md bg-ink px-4 py-3 text-center font-semibold text-white shadow-lg"
    />
  )
}
