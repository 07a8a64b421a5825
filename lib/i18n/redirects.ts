// An old page address redirects in every language: /hi/old-page goes to /hi/new-page as /old-page goes to
// /new-page. The content step lists the English ones (articles' redirectFrom); this adds the others.
import { localePath, locales } from './locales'

export type Redirect = { from: string; to: string }

export function inEveryLanguage<R extends Redirect>(redirects: readonly R[]): R[] {
  return locales.flatMap((locale) =>
    redirects.map((redirect) => ({
      ...redirect,
      from: localePath(locale, redirect.from),
      to: localePath(locale, redirect.to),
    })),
  )
}
