// Old addresses and the per-language 404 pages as the `_redirects` file that the static build writes to
// out/ (Netlify and Cloudflare Pages read it; `npm start` reads the same file), and its reading and matching.
import type { Redirect } from '../content/published-links'
import { translatedLocales } from '../i18n/locales'
import { notFoundFiles } from '../security/page-kinds'
import { matchesPattern } from './path-pattern'

export type RedirectRule = { from: string; to: string; status: number }

/** The status of a moved address. 301, not 308: Netlify documents 301 and 302; for a page's GET they mean the same. */
export const movedStatus = 301

/**
 * The old page addresses (articles' redirectFrom, from the content step) move on with a 301; the browser
 * keeps any #section. Then each translated language's 404 page for its unknown addresses, which hosts apply
 * only when no file matches (Netlify reads the 404 rule; Cloudflare Pages finds the nearest 404.html itself).
 */
export function siteRedirectRules(redirects: readonly Pick<Redirect, 'from' | 'to'>[]): RedirectRule[] {
  return [
    ...redirects.map(({ from, to }) => ({ from, to, status: movedStatus })),
    ...translatedLocales.map((locale) => ({ from: `/${locale}/*`, to: notFoundFiles[locale], status: 404 })),
  ]
}

export function renderRedirectsFile(rules: readonly RedirectRule[]): string {
  return `# Old addresses and each language's 404 page, for Netlify, Cloudflare Pages and \`npm start\`.
# Written by \`npm run build\` from the articles' redirectFrom: edit the article, not this file.
${rules.map(({ from, to, status }) => `${from} ${to} ${status}\n`).join('')}`
}

/** Reads a `_redirects` file; a line it cannot read is an error naming the line. */
export function parseRedirectsFile(text: string): RedirectRule[] {
  return text.split('\n').flatMap((raw, index) => {
    const line = raw.trim()
    if (line === '' || line.startsWith('#')) return []
    const [from, to, status = '301', ...rest] = line.split(/\s+/)
    if (!from?.startsWith('/') || !to || rest.length > 0 || !/^\d{3}$/.test(status))
      throw new Error(`_redirects line ${index + 1}: expected "/from /to status": ${line}`)
    return [{ from, to, status: Number(status) }]
  })
}

const isMove = (rule: RedirectRule) => rule.status >= 300 && rule.status < 400

/** The move for a request path, if an old address (the first matching 3xx rule). */
export const moveFor = (rules: readonly RedirectRule[], pathname: string) =>
  rules.find((rule) => isMove(rule) && matchesPattern(rule.from, pathname))

/** The 404 page for a path no file answers (the first matching 404 rule), if the rules name one. */
export const notFoundPageFor = (rules: readonly RedirectRule[], pathname: string) =>
  rules.find((rule) => rule.status === 404 && matchesPattern(rule.from, pathname))?.to
