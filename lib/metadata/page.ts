// The <head> of every page, built in one place: title, description, canonical URL, Open Graph and
// Twitter card tags. A link pasted into WhatsApp or an email previews from these.
//
// `pageHead` is the one builder; every page writes it with next/head through `headTags`
// (components/seo/DocumentHead.tsx).
import { ogImageAlt, ogImageContentType, ogImageSize } from '@/lib/og/size'
import { brandColours } from '@/lib/site/brand'
import type { SiteSettings } from '@/lib/site/schema'
import { absoluteUrl } from '@/lib/site/contact'
import { staticRoutes } from '@/lib/routes'
import { defaultLocale, localeOfPath, localePath, locales, stripLocale, type Locale } from '@/lib/i18n/locales'
import { hasTranslation } from '@/lib/i18n/translated-pages'

export type PageMetadataInput = {
  /** Root-relative path of the page, e.g. "/aftercare". */
  path: string
  /** The page's own title; the clinic's name follows it in the tab, search results and previews. */
  title: string
  description: string
  /** Articles are "article" for Open Graph; everything else is a "website" page. */
  type?: 'article' | 'website'
  /** Calendar date (YYYY-MM-DD) the content was last reviewed, for article:modified_time. */
  lastReviewed?: string
  /** Staff-only pages stay out of search engines. */
  noindex?: boolean
}

type HeadSite = Pick<SiteSettings, 'name' | 'url' | 'countryCode'>

/** The 404 page: no address of its own (no canonical URL, no alternates), not indexed, the home page's preview image. */
export function notFoundHead(site: HeadSite, page: { title: string; description: string; locale?: Locale }): PageHead {
  const home = localePath(page.locale ?? defaultLocale, staticRoutes.home)
  const { canonical: _canonical, alternates: _alternates, ...head } = pageHead(site, { ...page, path: home })
  return { ...head, robots: 'noindex' }
}

/** Open Graph's language tag: English as the clinic's country writes it (en_GB, en_IN), Hindi as hi_IN. */
export const ogLocaleOf = (locale: Locale, site: Pick<SiteSettings, 'countryCode'>) =>
  locale === 'en' ? `en_${site.countryCode}` : 'hi_IN'

/** hreflang values: each language, and x-default (the English page) for readers of any other. */
export type Hreflang = Locale | 'x-default'

/** The preview image of a page: the opengraph-image route beside it (app/…/opengraph-image.tsx). */
export const ogImagePath = (path: string) => `${path === staticRoutes.home ? '' : path}/opengraph-image`

export type PageHead = {
  title: string
  description: string
  /** None for the 404 page, which has no address of its own. */
  canonical?: string
  siteName: string
  type: 'article' | 'website'
  modifiedTime?: string
  image: { url: string; alt: string; type: string; width: number; height: number }
  /** The robots meta tag, when the page stays out of search engines. */
  robots?: string
  /** The page's language (from its address) and Open Graph's form of it, with the other languages'. */
  locale: Locale
  ogLocale: string
  ogLocaleAlternates: string[]
  /** The same page in every language (absolute), for hreflang; none on a page that exists in one language only. */
  alternates?: Partial<Record<Hreflang, string>>
}

/** The page in every language, plus x-default, as absolute addresses. */
export function alternatesOf(site: Pick<SiteSettings, 'url'>, path: string): Record<Hreflang, string> {
  const bare = stripLocale(path)
  const entries = locales.map((locale) => [locale, absoluteUrl(site, localePath(locale, bare))] as const)
  return { ...Object.fromEntries(entries), 'x-default': absoluteUrl(site, localePath(defaultLocale, bare)) } as Record<
    Hreflang,
    string
  >
}

export function pageHead(site: HeadSite, page: PageMetadataInput): PageHead {
  const locale = localeOfPath(page.path)
  const translated = !page.noindex && hasTranslation(stripLocale(page.path))
  return {
    // Previews show the title with the clinic's name, as the browser tab does.
    title: `${page.title} | ${site.name}`,
    description: page.description,
    canonical: absoluteUrl(site, page.path),
    siteName: site.name,
    type: page.type ?? 'website',
    ...(page.type === 'article' && page.lastReviewed ? { modifiedTime: page.lastReviewed } : {}),
    image: {
      // Staff-only pages (noindex) have no preview image of their own: the home page's stands in.
      url: absoluteUrl(site, ogImagePath(page.noindex ? localePath(locale, staticRoutes.home) : page.path)),
      alt: ogImageAlt(site.name, locale),
      type: ogImageContentType,
      ...ogImageSize,
    },
    ...(page.noindex ? { robots: 'noindex, nofollow' } : {}),
    locale,
    ogLocale: ogLocaleOf(locale, site),
    ogLocaleAlternates: translated ? locales.filter((l) => l !== locale).map((l) => ogLocaleOf(l, site)) : [],
    ...(translated ? { alternates: alternatesOf(site, page.path) } : {}),
  }
}

/** What every page's head carries beside its own tags (`headTags`). */
export const siteHead = {
  viewport: 'width=device-width, initial-scale=1',
  themeColor: brandColours.brand900,
  manifest: '/manifest.webmanifest',
  icon: { href: '/icon.svg', sizes: 'any', type: 'image/svg+xml' },
  appleIcon: { href: '/apple-icon.png', sizes: '180x180', type: 'image/png' },
} as const

export type HeadTag =
  | { tag: 'title'; text: string }
  | { tag: 'meta'; name?: string; property?: string; content: string }
  | { tag: 'link'; rel: string; href: string; sizes?: string; type?: string; hrefLang?: string }

/** The tags of a page's <head>, with the preview image from the opengraph-image route beside it (app/). */
export function headTags(head: PageHead, site: Pick<SiteSettings, 'name'>): HeadTag[] {
  const og = (property: string, content: string) => ({ tag: 'meta', property, content }) as const
  const named = (name: string, content: string) => ({ tag: 'meta', name, content }) as const
  const { image, canonical } = head
  return [
    named('viewport', siteHead.viewport),
    ...(head.robots ? [named('robots', head.robots)] : []),
    named('theme-color', siteHead.themeColor),
    { tag: 'title', text: head.title },
    named('description', head.description),
    named('application-name', site.name),
    { tag: 'link', rel: 'manifest', href: siteHead.manifest },
    ...(canonical
      ? [
          { tag: 'link', rel: 'canonical', href: canonical } as const,
          // Right after the canonical link.
          ...Object.entries(head.alternates ?? {}).map(
            ([hrefLang, href]) => ({ tag: 'link', rel: 'alternate', hrefLang, href }) as const,
          ),
          og('og:title', head.title),
          og('og:description', head.description),
          og('og:url', canonical),
          og('og:site_name', head.siteName),
          og('og:locale', head.ogLocale),
          ...head.ogLocaleAlternates.map((alternate) => og('og:locale:alternate', alternate)),
        ]
      : [og('og:title', head.title), og('og:description', head.description)]),
    og('og:image', image.url),
    og('og:image:type', image.type),
    og('og:image:width', String(image.width)),
    og('og:image:height', String(image.height)),
    og('og:image:alt', image.alt),
    ...(canonical ? [og('og:type', head.type)] : []),
    ...(head.modifiedTime ? [og('article:modified_time', head.modifiedTime)] : []),
    named('twitter:card', 'summary_large_image'),
    named('twitter:title', head.title),
    named('twitter:description', head.description),
    named('twitter:image', image.url),
    named('twitter:image:alt', image.alt),
    named('twitter:image:type', image.type),
    named('twitter:image:width', String(image.width)),
    named('twitter:image:height', String(image.height)),
    { tag: 'link', rel: 'icon', ...siteHead.icon },
    { tag: 'link', rel: 'apple-touch-icon', ...siteHead.appleIcon },
  ]
}
