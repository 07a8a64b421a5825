// The "Search the questions" box. It is in the server HTML, so nothing moves when JavaScript starts,
// but it needs JavaScript (enhance/faq.ts): without it the box is hidden (.js-only) and every question
// simply shows. The input stays disabled until the script runs, so no typing is lost.
import { buttonClass } from '@/components/ui/classes'
import { ContactLink } from '@/components/ui/ContactLink'

export type FilterContact = { phone: string; email: string }

export function FaqFilterBox({ contact }: { contact: FilterContact }) {
  return (
    // A search landmark, not a <form>: the questions narrow as one types, so there is nothing to submit and Enter
    // does nothing (a form with no submit button would reload the page on Enter).
    <div
      role="search"
      aria-label="Questions"
      data-faq-filter=""
      className="js-only no-print rounded-md bg-brand-50 p-4"
    >
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
          <ContactLink kind="phone" phone={contact.phone} /> or email{' '}
          <ContactLink kind="email" className="break-all" email={contact.email} />.
        </p>
        <button type="button" className={buttonClass({}, 'mt-3')}>
          Clear the search
        </button>
      </div>
    </div>
  )
}
