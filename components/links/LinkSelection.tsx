// Which pages and sections staff have ticked for a message. The checkboxes are plain HTML in the page (rendered on
// the server, disabled until JavaScript runs, since nothing reads them before); the message builder island
// (MessageBuilder.tsx) enables them and follows them, so the list of every page stays out of the island.

/** Marks the page's link checkboxes for the message builder. */
const checkboxMarker = 'data-link-checkbox'

/** A checkbox for one link; its label is the <label> around it (the page's or section's title). */
export function LinkCheckbox({ url }: { url: string }) {
  return (
    <input
      type="checkbox"
      value={url}
      disabled
      {...{ [checkboxMarker]: '' }}
      className="mt-1 size-5 shrink-0 accent-brand-700"
    />
  )
}

/** The page's link checkboxes, in page order. */
export const linkCheckboxes = (root: ParentNode = document) => [
  ...root.querySelectorAll<HTMLInputElement>(`input[${checkboxMarker}]`),
]

export const isLinkCheckbox = (target: EventTarget | null): target is HTMLInputElement =>
  target instanceof HTMLInputElement && target.hasAttribute(checkboxMarker)
