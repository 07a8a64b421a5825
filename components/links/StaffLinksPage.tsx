// The staff links page, for one language's pages (/links: English, /links/hi: Hindi). For clinic staff: in no
// menu, and search engines are asked neither to index it nor follow it. Its own words are English either way.
import { Island } from '@/components/islands/Island'
import { DocumentHead } from '@/components/seo/DocumentHead'
import { TextLink } from '@/components/ui/TextLink'
import { localeNames, locales, type Locale } from '@/lib/i18n/locales'
import { staffLinksPathFor } from '@/lib/links/directory'
import type { LinksPageProps } from '@/lib/pages/links-page'
import { linksPageSectionIds } from '@/lib/routes'
import { messageBuilderIsland } from './message-builder-island'
import { LocationAddresses } from './LocationAddresses'
import { PageLinksCard } from './PageLinksCard'

const inLanguage = (locale: Locale) => (locale === 'en' ? '' : ` (${localeNames[locale]}, Hindi pages)`)

export function StaffLinksPage({
  linksLocale: locale,
  pages,
  messageLinks,
  settings,
  locations,
  island,
  layout: { site },
}: LinksPageProps) {
  return (
    <div>
      <DocumentHead
        site={site}
        path={staffLinksPathFor(locale)}
        title={`Links for clinic staff${inLanguage(locale)}`}
        description="The address of every page and section, with copy buttons, QR codes and a message builder for answering enquiries."
        noindex
      />
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
      <div className="mt-8 lg:grid lg:grid-cols-[minmax(0,1fr)_24rem] lg:items-start lg:gap-8">
        <div className="mb-8 lg:sticky lg:top-4 lg:col-start-2 lg:row-start-1 lg:mb-0">
          <Island island={messageBuilderIsland} bundle={island} props={{ links: messageLinks, settings }} />
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
      <LocationAddresses locations={locations} locale={locale} />
    </div>
  )
}
