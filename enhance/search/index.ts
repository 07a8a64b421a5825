// The search page's own script (pages/search.tsx, pages/hi/search.tsx; bundled on its own by
// scripts/search/build.ts, loaded by that page only). It loads the page's language's index (a static file: nothing
// typed leaves the browser), shows results as one types and for `?q=` on arrival, keeps the address's `?q=` in step,
// and lets the arrow keys move between the box and the results. Without it the page lists every page A to Z.
import MiniSearch from 'minisearch'
import type { Locale } from '@/lib/i18n/locales'
import { indexOptions, type SearchDocument } from '@/lib/search/options'
import { maxResults, searchData, searchInputId } from '@/lib/search/page'
import { searchQueryParam } from '@/lib/search/query'
import { resultHtml } from '@/lib/search/render'
import { termIn } from '@/lib/search/terms'
import { countMessage } from './count'
import { arrowKeys } from './keys'

/** How long typing must pause before the count is announced, so a screen reader is not flooded. */
const announceDelayMs = 400

function enhanceSearch(root: HTMLElement) {
  const input = document.getElementById(searchInputId) as HTMLInputElement | null
  const form = input?.form
  const status = root.querySelector(`[${searchData.status}]`)
  const list = root.querySelector<HTMLElement>(`[${searchData.results}]`)
  const empty = root.querySelector<HTMLElement>(`[${searchData.empty}]`)
  const failed = root.querySelector<HTMLElement>(`[${searchData.failed}]`)
  const locale = root.getAttribute(searchData.locale) as Locale | null
  const indexSrc = root.getAttribute(searchData.index)
  if (!input || !form || !status || !list || !empty || !failed || !locale || !indexSrc) return
  const term = termIn(locale)
  const count = (n: number) =>
    countMessage(n, {
      none: root.getAttribute(searchData.none) ?? '',
      one: root.getAttribute(searchData.one) ?? '',
      many: root.getAttribute(searchData.many) ?? '',
      digits: root.getAttribute(searchData.digits) ?? undefined,
    })
  let index: MiniSearch<SearchDocument> | undefined
  let timer: ReturnType<typeof setTimeout> | undefined

  const show = () => {
    const query = input.value.trim()
    const url = new URL(location.href)
    if (query) url.searchParams.set(searchQueryParam, query)
    else url.searchParams.delete(searchQueryParam)
    if (url.href !== location.href) history.replaceState(null, '', url)
    clearTimeout(timer)
    if (!index) {
      status.textContent = query ? (root.getAttribute(searchData.loading) ?? '') : ''
      return
    }
    const results = query ? index.search(query).slice(0, maxResults) : []
    list.innerHTML = results
      .map((result) =>
        resultHtml(
          {
            href: result.id as string,
            title: result.title as string,
            page: result.kind === 'page' ? undefined : (result.page as string),
            text: result.text as string,
            terms: result.terms,
          },
          term,
        ),
      )
      .join('')
    empty.hidden = !query || results.length > 0
    const quoted = empty.querySelector(`[${searchData.query}]`)
    if (quoted) quoted.textContent = query
    if (!query) status.textContent = ''
    else timer = setTimeout(() => (status.textContent = count(results.length)), announceDelayMs)
  }

  const arrival = new URLSearchParams(location.search).get(searchQueryParam)
  if (arrival && !input.value) input.value = arrival
  input.addEventListener('input', show)
  form.addEventListener('submit', (event) => {
    event.preventDefault()
    show()
  })
  arrowKeys(input, list)
  if (input.value) show()

  // The page preloads the same address, so this reuses that download.
  fetch(indexSrc)
    .then((response) => {
      if (!response.ok) throw new Error(`${indexSrc}: ${response.status}`)
      return response.text()
    })
    .then((json) => {
      index = MiniSearch.loadJSON<SearchDocument>(json, indexOptions(locale))
      if (input.value.trim()) show()
    })
    .catch(() => {
      status.textContent = ''
      failed.hidden = false
    })
}

const root = document.querySelector<HTMLElement>(`[${searchData.root}]`)
if (root) enhanceSearch(root)
