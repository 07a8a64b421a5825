// Which addresses are tools (a page with a React island: components/islands/) and which are documents (no
// framework JavaScript, only the enhancements). Every page gets the same security headers; the kind sets the
// JavaScript budget (scripts/bench/lib/js-budgets.ts). Documents are the default: every address that is not a
// tool, so a new article, an unknown address and the 404 page are held to the documents' budget.
import { localePath, locales, type Locale } from '../i18n/locales'
import { translatedToolPaths } from '../i18n/translated-pages'
import { staffLinksPathFor } from '../links/directory'

export type PageKind = 'document' | 'tool'

/** The 404 page's file in the static export, which static hosts answer unknown addresses with. */
export const notFoundFile = '/404.html'

/** Each language's 404 file in the static export: /hi/… addresses are answered with /hi/404.html. */
export const notFoundFiles: Readonly<Record<Locale, string>> = Object.fromEntries(
  locales.map((locale) => [locale, localePath(locale, notFoundFile)]),
) as Record<Locale, string>

/** The 404 document's own page in each language (pages/not-found.tsx, pages/hi/not-found.tsx). */
export const notFoundPages: Readonly<Record<Locale, string>> = Object.fromEntries(
  locales.map((locale) => [locale, localePath(locale, '/not-found')]),
) as Record<Locale, string>

/** Build routes that are the 404 document: Next's two 404 entries (which it is installed into) and its own pages. */
export const notFoundRoutes = ['/_not-found', '/404', ...Object.values(notFoundPages)] as const

/**
 * Every tool's address: the self-check and the planner in every language, and the staff links page with its
 * per-language pages (/links, /links/hi). A few fixed routes, never content.
 */
export const toolPaths: readonly string[] = [
  ...locales.flatMap((locale) => translatedToolPaths.map((path) => localePath(locale, path))),
  ...locales.map(staffLinksPathFor),
]

/** Whether an address (/self-check) or its file in the static export (/self-check.html) is a tool's. */
export function isToolPath(pathname: string): boolean {
  const path = pathname.endsWith('.html') ? pathname.slice(0, -'.html'.length) : pathname
  return toolPaths.includes(path)
}

export const pageKindOf = (pathname: string): PageKind => (isToolPath(pathname) ? 'tool' : 'document')
