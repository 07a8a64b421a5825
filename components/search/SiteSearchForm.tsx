// The search form in every page's header: a plain GET form to the search page of the page's language, so it works
// without JavaScript (the search page then lists every page A to Z). The search page does the searching.
import { buttonClass } from '@/components/ui/classes'
import { localePath, type Locale } from '@/lib/i18n/locales'
import { searchWords } from '@/lib/i18n/words/search'
import { staticRoutes } from '@/lib/routes'
import { searchQueryParam } from '@/lib/search/query'

export function SiteSearchForm({ locale }: { locale: Locale }) {
  const words = searchWords[locale].header
  return (
    <form
      role="search"
      aria-label={words.label}
      action={localePath(locale, staticRoutes.search)}
      method="get"
      className="no-print flex w-full gap-2 sm:w-auto"
    >
      <label htmlFor="site-search-q" className="sr-only">
        {words.label}
      </label>
      <input
        id="site-search-q"
        type="search"
        name={searchQueryParam}
        autoComplete="off"
        enterKeyHint="search"
        className="min-w-0 flex-1 rounded-md border-2 border-white bg-white px-2 py-1 text-ink sm:w-44 sm:flex-none"
      />
      <button type="submit" className={buttonClass({ size: 'small' }, 'shrink-0')}>
        {words.button}
      </button>
    </form>
  )
}
