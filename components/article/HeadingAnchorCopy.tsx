// Clicking a section's "#" link still jumps to the section (the address bar then holds its link), and
// with JavaScript also copies the section's full public address and says so here, for staff pasting it
// into a message (enhance/heading-anchors.ts). Visually hidden until there is something to say.
export function HeadingAnchorCopy({ pageUrl }: { pageUrl: string }) {
  return (
    <div
      role="status"
      aria-live="polite"
      data-anchor-copy={pageUrl}
      className="no-print sr-only fixed inset-x-4 bottom-4 z-10 mx-auto max-w-md rounded-md bg-ink px-4 py-3 text-center font-semibold text-white shadow-lg"
    />
  )
}
