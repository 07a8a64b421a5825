// The search page, in any language (pages/search.tsx, pages/hi/search.tsx). A document: its form and results need
// JavaScript (enhance/search/, its own script, with the language's index, both loaded on this page only); without
// it the page says so and lists every page, section and question A to Z, which it also does below the results.
import Head from 'next/head'
import { fillNodes } from '@/components/article/fill-nodes'
import { Breadcrumbs } from '@/components/layout/Breadcrumbs'
import { PageFeedback } from '@/components/feedback/PageFeedback'
import { DocumentHead } from '@/components/seo/DocumentHead'
import { buttonClass, linkClass } from '@/components/ui/classes'
import { withDigits } from '@/lib/i18n/digits'
import { articleWords } from '@/lib/i18n/words/article'
import { searchWords } from '@/lib/i18n/words/search'
import { fixedPagesIn } from '@/lib/pages/directory'
import type { SearchPageProps } from '@/lib/pages/search-page'
import { aToZId, searchData, searchInputId } from '@/lib/search/page'
import { searchQueryParam } from '@/lib/search/query'
import { AToZList } from './AToZList'

/** Devanagari digits, for the script to write the count with (it knows no digits of its own). */
const devanagariDigits = withDigits('0123456789', 'devanagari')

export function SearchPage({ groups, scriptSrc, indexSrc, digits, layout: { site, locale } }: SearchPageProps) {
  const pages = fixedPagesIn(locale)
  const words = searchWords[locale]
  const listLink = (
    <a href={`#${aToZId}`} className={linkClass('strong')}>
      {words.aToZ.link}
    </a>
  )
  const data = {
    [searchData.root]: '',
    [searchData.locale]: locale,
    [searchData.index]: indexSrc,
    [searchData.none]: words.count.none,
    [searchData.one]: withDigits(words.count.one, digits),
    [searchData.many]: words.count.many,
    [searchData.digits]: digits === 'devanagari' ? devanagariDigits : undefined,
    [searchData.loading]: words.loading,
  }
  return (
    <div className="mx-auto max-w-3xl">
      <DocumentHead site={site} {...pages.search} />
      <Head>
        {/* The index starts downloading with the page, not after the script. */}
        <link rel="preload" href={indexSrc} as="fetch" crossOrigin="anonymous" />
      </Head>
      <Breadcrumbs
        site={site}
        trail={[
          { href: pages.home.path, label: articleWords[locale].home },
          { href: pages.search.path, label: pages.search.title },
        ]}
        locale={locale}
      />
      <h1 className="text-3xl leading-tight font-bold sm:text-4xl">{pages.search.title}</h1>
      <div {...data} className="mt-6">
        <form role="search" action={pages.search.path} method="get" className="js-only rounded-md bg-brand-50 p-4">
          <label htmlFor={searchInputId} className="block text-lg font-semibold">
            {words.form.label}
          </label>
          <p id={`${searchInputId}-hint`} className="mt-1 text-muted">
            {words.form.hint}
          </p>
          <div className="mt-2 flex flex-wrap gap-2">
            <input
              id={searchInputId}
              type="search"
              name={searchQueryParam}
              aria-describedby={`${searchInputId}-hint`}
              autoComplete="off"
              enterKeyHint="search"
              className="w-full max-w-md min-w-0 flex-1 rounded-md border-2 border-ink bg-white px-3 py-2 text-lg"
            />
            <button type="submit" className={buttonClass({ variant: 'primary' })}>
              {words.form.button}
            </button>
          </div>
        </form>
        <p className="no-js-only border-l-4 border-brand-700 pl-4">{words.noScript}</p>
        <section aria-labelledby="search-results-heading" className="js-only mt-4">
          <h2 id="search-results-heading" className="sr-only">
            {words.results}
          </h2>
          <p {...{ [searchData.status]: '' }} role="status" aria-live="polite" className="min-h-6 font-semibold" />
          <p {...{ [searchData.empty]: '' }} hidden className="mt-2 border-l-4 border-brand-700 pl-4">
            {fillNodes(words.noMatch, { query: <span {...{ [searchData.query]: '' }} />, list: listLink })}
          </p>
          <p {...{ [searchData.failed]: '' }} hidden className="mt-2 border-l-4 border-red-800 pl-4">
            {fillNodes(words.failed, { list: listLink })}
          </p>
          <ol
            {...{ [searchData.results]: '' }}
            className="mt-4 space-y-5 [&_.search-result-page]:text-sm [&_.search-result-page]:text-muted [&_a]:text-lg [&_a]:font-semibold [&_a]:text-brand-800 [&_a]:underline [&_mark]:rounded-sm [&_mark]:bg-brand-100 [&_mark]:text-ink [&_p]:mt-1"
          />
        </section>
      </div>
      <AToZList groups={groups} locale={locale} />
      <PageFeedback site={site} locale={locale} title={pages.search.title} path={pages.search.path} />
      {/* A module script never blocks parsing (it is deferred); the rule only sees a <script src>. */}
      {/* eslint-disable-next-line @next/next/no-sync-scripts */}
      <script type="module" src={scriptSrc} />
    </div>
  )
}
