// What the staff links page lists: every public page and its sections with the absolute address
// staff send, built from the one list of pages (lib/pages/directory.ts).
import type { SitePage } from '@/lib/pages/directory'
import { defaultLocale, type Locale } from '@/lib/i18n/locales'
import { absoluteUrl } from '@/lib/site/contact'
import { staticRoutes } from '@/lib/routes'
import type { SiteSettings } from '@/lib/site/schema'

/** The staff page's own address (lib/routes.ts); it is in no menu and asks search engines not to index it. */
export const staffLinksPath = staticRoutes.links

/**
 * The staff page listing one language's pages: /links for the English ones, /links/hi for the Hindi ones.
 * Both are for staff, so both are in English.
 */
export const staffLinksPathFor = (locale: Locale) =>
  locale === defaultLocale ? staffLinksPath : (`${staffLinksPath}/${locale}` as const)

export type StaffLink = {
  /** Unique on the page: the key the message builder ticks. */
  url: string
  path: string
  title: string
}

export type StaffPageLinks = StaffLink & { kind: SitePage['kind']; sections: StaffLink[] }

export function staffLinks(pages: readonly SitePage[], site: Pick<SiteSettings, 'url'>): StaffPageLinks[] {
  const link = (path: string, title: string): StaffLink => ({ url: absoluteUrl(site, path), path, title })
  return pages.map((page) => ({
    ...link(page.path, page.title),
    kind: page.kind,
    sections: page.sections.map((section) => link(`${page.path}#${section.id}`, section.title)),
  }))
}

/** Pages and their sections in the order the page shows them: the order of lines in a message. */
export const flattenLinks = (pages: readonly StaffPageLinks[]): StaffLink[] =>
  pages.flatMap(({ url, path, title, sections }) => [{ url, path, title }, ...sections])

/** A file name for a page's QR code download, e.g. "qr-code-aftercare.svg". */
export const qrFileName = (path: string) =>
  `qr-code-${path.replace(/^\/+|\/+$/g, '').replace(/[^a-z0-9]+/gi, '-') || 'home'}.svg`
