// The "Search the questions" box. It is in the server HTML, so nothing moves when JavaScript starts,
// but it needs JavaScript (enhance/faq.ts): without it the box is hidden (.js-only) and every question
// simply shows. The input stays disabled until the script runs, so no typing is lost.
export type FilterContact = { phone: string; phoneHref: string; email: string; emailHref: string }

export function FaqFilterBox({ contact }: { contact: FilterContact }) {
  return (
    // A search landmark, not a <form>: the questions narrow as one types, so there is nothing to submit and Enter
    // does nothing (a form with no submit button would reload the page on Enter).
    <div role="search" aria-label="Questions" data-faq-filter="" className="js-only no-print rounded-md bg-brand-50 p-4">
      <label htmlFor="faq-search-input" className="block text-lg font-semibold">
        Search the questions
      </label>
      <p id="faq-search-hint" className="mt-1 text-muted">
        Type a word or two, for example “pain” or “swimming”.
      </p>
      <input
        id="faq-search-input"
        type="search"
        aria-describedby="faq-search-hint"
        autoComplete="off"
        disabled
        enterKeyHint="search"
        className="mt-2 w-full max-w-md rounded-md border-2 border-ink bg-white px-3 py-2 text-lg"
      />
      <p role="status" aria-live="polite" className="mt-2 min-h-6 font-semibold" />
      <div className="mt-2 border-l-4 border-brand-700 pl-4" data-faq-empty="" hidden>
        <p>
          We could not find “<span data-faq-query="" />” in these answers. Try a different word, or ask us: call{' '}
          <a className="whitespace-nowrap text-brand-800 underline" href={contact.phoneHref}>{contact.phone}</a> or email{' '}
          <a className="break-all text-brand-800 underline" href={contact.emailHref}>{contact.email}</a>.
        </p>
        <button type="button" className="mt-3 rounded-md border-2 border-brand-700 bg-white px-4 py-2 font-semibold text-brand-800">
          Clear the search
        </button>
      </div>
    </div>
  )
}
