'use client'

/** GOV.UK's Back link: the browser's own back, so it and the Back button always agree. */
export function BackLink() {
  return (
    <a
      href="#"
      onClick={(event) => {
        event.preventDefault()
        window.history.back()
      }}
      className="no-print mb-6 inline-block text-brand-800 underline"
    >
      ‹ Back
    </a>
  )
}
