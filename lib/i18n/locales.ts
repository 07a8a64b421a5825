// The site's languages and how an address carries one: English at the root (/aftercare), every other
// language under its code (/hi/aftercare). A leaf module: client code, routes and the content step use it.

export const locales = ['en', 'hi'] as const
export type Locale = (typeof locales)[number]

/** The language of the addresses without a prefix, and of the original text every translation is made from. */
export const defaultLocale: Locale = 'en'

/** Each language's name in itself, for the language switcher. */
export const localeNames: Readonly<Record<Locale, string>> = { en: 'English', hi: 'हिंदी' }

/** The translated languages: every locale but the default one. */
export const translatedLocales = locales.filter((locale) => locale !== defaultLocale) as Exclude<Locale, 'en'>[]
export type TranslatedLocale = (typeof translatedLocales)[number]

const prefixPattern = new RegExp(`^/(${translatedLocales.join('|')})(?=/|#|\\?|$)`)

/** The language an address is in: "/hi/faq#x" is Hindi, "/faq" English. */
export function localeOfPath(path: string): Locale {
  const match = prefixPattern.exec(path)
  return match ? (match[1] as Locale) : defaultLocale
}

/** The address without its language prefix: "/hi/faq#x" → "/faq#x", "/hi" → "/". */
export function stripLocale(path: string): string {
  const rest = path.replace(prefixPattern, '')
  return rest === '' || rest.startsWith('#') || rest.startsWith('?') ? `/${rest}` : rest
}

/**
 * A site address in a language: localePath('hi', '/aftercare#after-your-session') is
 * "/hi/aftercare#after-your-session", localePath('hi', '/') is "/hi". Addresses already in a language are
 * moved to this one; anything that is not a site path (https:, mailto:, #id) is returned unchanged.
 */
export function localePath(locale: Locale, path: string): string {
  if (!path.startsWith('/') || path.startsWith('//')) return path
  const bare = stripLocale(path)
  if (locale === defaultLocale) return bare
  return bare === '/' || bare.startsWith('/#') || bare.startsWith('/?')
    ? `/${locale}${bare.slice(1)}`
    : `/${locale}${bare}`
}

/** True for a language other than the default one (its pages are translations). */
export const isTranslatedLocale = (locale: Locale): locale is TranslatedLocale => locale !== defaultLocale
