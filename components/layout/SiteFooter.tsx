import { ContactDetails } from '@/components/contact/ContactDetails'
import type { Article } from '@/lib/content'
import { localePath, type Locale } from '@/lib/i18n/locales'
import { layoutWords } from '@/lib/i18n/words/layout'
import { fixedPageWords } from '@/lib/i18n/words/pages'
import { sectionIds, staticRoutes } from '@/lib/routes'
import type { SiteSettings } from '@/lib/site/schema'
import { Disclaimer } from './Disclaimer'
import { TopicLinks } from './TopicLinks'

export function SiteFooter({
  site,
  articles,
  locale,
}: {
  site: SiteSettings
  articles: Pick<Article, 'slug' | 'title'>[]
  locale: Locale
}) {
  const words = layoutWords[locale]
  return (
    <footer className="no-print mt-16 border-t border-brand-100 bg-brand-50">
      <div className="mx-auto grid max-w-5xl gap-10 px-4 py-10 md:grid-cols-2">
        <ContactDetails site={site} id={sectionIds.contact} locale={locale} />
        <nav aria-labelledby={sectionIds.footerTopics} className="no-print">
          <h2 id={sectionIds.footerTopics} className="text-lg font-semibold">
            {words.footerTopics}
          </h2>
          <TopicLinks
            articles={articles}
            locale={locale}
            className="mt-3 space-y-2"
            more={[
              [localePath(locale, staticRoutes.selfCheck), words.selfCheckLink],
              [localePath(locale, staticRoutes.contact), fixedPageWords[locale].contact.title],
              [localePath(locale, staticRoutes.privacy), fixedPageWords[locale].privacy.title],
            ]}
          />
        </nav>
      </div>
      <div className="mx-auto max-w-5xl border-t border-brand-100 px-4 py-6 text-sm text-muted">
        <Disclaimer locale={locale} />
      </div>
    </footer>
  )
}
