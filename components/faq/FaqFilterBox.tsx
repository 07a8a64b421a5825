// The "Search the questions" box. It is in the server HTML, so nothing moves when JavaScript starts,
// but it needs JavaScript (enhance/faq.ts): without it the box is hidden (.js-only) and every question
// simply shows. The input stays disabled until the script runs, so no typing is lost. What the script
// announces is in the box's data attributes, in the page's language, so the script holds no words.
import { fillNodes } from '@/components/article/fill-nodes'
import { buttonClass } from '@/components/ui/classes'
import { ContactLink } from '@/components/ui/ContactLink'
import type { Digits } from '@/lib/i18n/digits'
import { withDigits } from '@/lib/i18n/digits'
import type { Locale } from '@/lib/i18n/locales'
import { faqWords } from '@/lib/i18n/words/faq'

export type FilterContact = { phone: string; email: string }

/** Devanagari digits, for the script to write the count with (it knows no digits of its own). */
const devanagariDigits = withDigits('0123456789', 'devanagari')

export function FaqFilterBox({
  contact,
  locale,
  digits = 'latin',
}: {
  contact: FilterContact
  locale: Locale
  digits?: Digits
}) {
  const words = faqWords[locale]
  const { search, matches } = words
  return (
    // A search landmark, not a <form>: the questions narrow as one types, so there is nothing to submit and Enter
    // does nothing (a form with no submit button would reload the page on Enter).
    <div
      role="search"
      aria-label={search.region}
      data-faq-filter=""
      data-faq-none={matches.none}
      data-faq-one={withDigits(matches.one, digits)}
      data-faq-many={matches.many}
      data-faq-digits={digits === 'devanagari' ? devanagariDigits : undefined}
      className="js-only no-print rounded-md bg-brand-50 p-4"
    >
      <label htmlFor="faq-search-input" className="block text-lg font-semibold">
        {search.label}
      </label>
      <p id="faq-search-hint" className="mt-1 text-muted">
        {search.hint}
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
          {fillNodes(search.noMatch, {
            query: <span data-faq-query="" />,
            phone: <ContactLink kind="phone" phone={contact.phone} />,
            email: <ContactLink kind="email" className="break-all" email={contact.email} />,
          })}
        </p>
        <button type="button" className={buttonClass({}, 'mt-3')}>
          {search.clear}
        </button>
      </div>
    </div>
  )
}
