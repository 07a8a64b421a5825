// The staff links pages (pages/links/index.tsx: the English pages' links, pages/links/hi.tsx: the Hindi pages'):
// their props, on the server. The staff page's own words are English either way.
import type { GetStaticProps } from 'next'
import { getContent } from '@/lib/content'
import { islandBundle, type IslandBundle } from '@/lib/enhance/bundle'
import { islandNames } from '@/lib/enhance/islands'
import { defaultLocale, type Locale } from '@/lib/i18n/locales'
import { flattenLinks, staffLinks, staffLinksPathFor, type StaffPageLinks } from '@/lib/links/directory'
import type { MessageLink, MessageSettings } from '@/lib/links/message'
import { messageSettings } from '@/lib/links/message-settings'
import { documentProps, type DocumentProps } from '@/lib/pages/document-props'
import { listPages } from '@/lib/pages/directory'
import type { SiteSettings } from '@/lib/site/schema'

export type LinksPageProps = DocumentProps<{
  /** The language of the pages listed (not of the staff page). */
  linksLocale: Locale
  pages: StaffPageLinks[]
  messageLinks: MessageLink[]
  settings: MessageSettings
  /** The clinic's places, named in the links' language, for staff to send an address. */
  locations: SiteSettings['locations']
  island: IslandBundle
}>

export const linksStaticProps =
  (linksLocale: Locale): GetStaticProps<LinksPageProps> =>
  () => {
    const content = getContent(linksLocale)
    const pages = staffLinks(listPages(content), content.site)
    return documentProps(
      {
        linksLocale,
        pages,
        messageLinks: flattenLinks(pages).map(({ title, url }) => ({ title, url })),
        settings: messageSettings(content.site, linksLocale),
        locations: content.site.locations,
        island: islandBundle(islandNames.messageBuilder),
      },
      { locale: defaultLocale, path: staffLinksPathFor(linksLocale) },
    )
  }
