// The staff links page, for one language's pages (/links: English, /links/hi: Hindi). For clinic staff: in no
// menu, and search engines are asked neither to index it nor follow it. Its own words are English either way.
import type { Metadata } from 'next'
import { LinkSelectionProvider } from '@/components/links/LinkSelection'
import { LocationAddresses } from '@/components/links/LocationAddresses'
import { MessageBuilder } from '@/components/links/MessageBuilder'
import { PageLinksCard } from '@/components/links/PageLinksCard'
import { TextLink } from '@/components/ui/TextLink'
import { getContent, getSite } from '@/lib/content'
import { localeNames, locales, type Locale } from '@/lib/i18n/locales'
import { flattenLinks, staffLinks, staffLinksPathFor } from '@/lib/links/directory'
import { messageSettings } from '@/lib/links/message-settings'
import { pageMetadata } from '@/lib/metadata/page'
import { listPages } from '@/lib/pages/directory'
import { linksPageSectionIds } from '@/lib/routes'

const inLanguage = (locale: Locale) => (locale === 'en' ? '' : ` (${localeNames[locale]}, Hindi pages)`)

export const staffLinksMetadata = (locale: Locale): Metadata =>
  pageMetadata(getSite(), {
    path: staffLinksPathFor(locale),
    title: `Links for clinic staff${inLanguage(locale)}`,
    description:
      'The address of every page and section, with copy buttons, QR codes and a message builder for answering enquiries.',
    noindex: true,
  })

export function StaffLinks({ locale }: { locale: Locale }) {
  const content = getContent(locale)
  const pages = staffLinks(listPages(content), content.site)
  const messageLinks = flattenLinks(pages).map(({ title, url }) => ({ title, url }))

  return (
    <div>
      <h1 className="text-3xl leading-tight font-bold sm:text-4xl">Links for clinic staff{inLanguage(locale)}</h1>
      <p className="mt-4 max-w-3xl text-lg text-muted">
        Every page and section of the site with its address, to send in answer to an enquiry. Copy one link, or tick
        several to make a ready-to-send message. Print a page’s QR code on handouts so people can open it with their
        phone.
      </p>
      <nav aria-label="Pages in" className="mt-4">
        <ul className="flex flex-wrap gap-x-6 gap-y-2">
          {locales.map((other) => (
            <li key={other}>
              {other === locale ? (
                <span aria-current="page" className="font-semibold">
                  {other === 'en' ? 'English pages' : 'Hindi pages'}
                </span>
              ) : (
                <TextLink href={staffLinksPathFor(other)}>
                  {other === 'en' ? 'English pages' : 'Hindi pages (हिंदी)'}
                </TextLink>
              )}
            </li>
          ))}
        </ul>
      </nav>
      <LinkSelectionProvider>
        <div className="mt-8 lg:grid lg:grid-cols-[minmax(0,1fr)_24rem] lg:items-start lg:gap-8">
          <div className="mb-8 lg:sticky lg:top-4 lg:col-start-2 lg:row-start-1 lg:mb-0">
            <MessageBuilder links={messageLinks} settings={messageSettings(content.site, locale)} />
          </div>
          <section aria-labelledby={linksPageSectionIds.pages} className="lg:col-start-1 lg:row-start-1">
            <h2 id={linksPageSectionIds.pages} className="text-2xl font-semibold">
              Pages and sections
            </h2>
            <ol className="mt-4 space-y-6">
              {pages.map((page) => (
                <li key={page.url}>
                  <PageLinksCard page={page} lang={locale === 'en' ? undefined : locale} />
                </li>
              ))}
            </ol>
          </section>
        </div>
      </LinkSelectionProvider>
      <LocationAddresses locations={content.site.locations} locale={locale} />
    </div>
  )
}
