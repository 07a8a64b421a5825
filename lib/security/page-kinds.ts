// Which addresses are documents (pages/: articles, home, FAQ, 404; no framework JavaScript) and which are
// tools (app/: React). The security headers differ by kind (lib/security/headers.ts), so `next start`
// (next.config.ts), deploy/ and the static server need the documents' paths: they come from the content,
// an article per file in content/articles/ (its name is its address), never from a hand-written list.
import { readdirSync } from 'node:fs'
import { basename, join } from 'node:path'
import { localeOfPath, localePath, locales, type Locale } from '../i18n/locales'
import { articlePath, staticRoutes } from '../routes'

export type PageKind = 'document' | 'tool'

/** The 404 page's file in the static export, which static hosts answer unknown addresses with. */
export const notFoundFile = '/404.html'

/** Each language's 404 file in the static export: /hi/… addresses are answered with /hi/404.html. */
export const notFoundFiles: Readonly<Record<Locale, string>> = Object.fromEntries(
  locales.map((locale) => [locale, localePath(locale, notFoundFile)]),
) as Record<Locale, string>

/** The 404 file for an unknown address, in the address's language. */
export const notFoundFileFor = (pathname: string) => notFoundFiles[localeOfPath(pathname)]

/** The 404 document's own page in each language (pages/not-found.tsx, pages/hi/not-found.tsx). */
export const notFoundPages: Readonly<Record<Locale, string>> = Object.fromEntries(
  locales.map((locale) => [locale, localePath(locale, '/not-found')]),
) as Record<Locale, string>

/** Build routes that are the 404 document: Next's two 404 entries (which it is installed into) and its own pages. */
export const notFoundRoutes = ['/_not-found', '/404', ...Object.values(notFoundPages)] as const

/** Article slugs from the file names in content/articles/ (recursively), as lib/content/validate.ts names them. */
export function articleSlugsFromFiles(dir = join('content', 'articles')): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.md'))
    .map((file) => basename(file, '.md'))
    .sort()
}

/** Every document's address in every language: the home page, the FAQ and each article (/faq, /hi/faq, ...). */
export function documentPaths(slugs: readonly string[] = articleSlugsFromFiles()): string[] {
  const english = [staticRoutes.home, staticRoutes.faq, ...slugs.map(articlePath)]
  return locales.flatMap((locale) => english.map((path) => localePath(locale, path)))
}
