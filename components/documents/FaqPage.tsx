// The FAQ page, in any language (pages/faq.tsx, pages/hi/faq.tsx). No framework JavaScript: the search box
// and deep links are enhance/faq.ts.
import { NextSteps } from '@/components/article/NextSteps'
import { TranslationNotice } from '@/components/article/TranslationNotice'
import { FaqFilterBox } from '@/components/faq/FaqFilterBox'
import { FaqList } from '@/components/faq/FaqList'
import { FaqStructuredData } from '@/components/faq/FaqStructuredData'
import { UrgentHelp } from '@/components/help/UrgentHelp'
import { Breadcrumbs } from '@/components/layout/Breadcrumbs'
import { Disclaimer } from '@/components/layout/Disclaimer'
import { PageFeedback } from '@/components/feedback/PageFeedback'
import { PrintFooter } from '@/components/print/PrintFooter'
import { DocumentHead } from '@/components/seo/DocumentHead'
import { faqsNotice } from '@/lib/faq/translation'
import { articleWords } from '@/lib/i18n/words/article'
import { faqWords } from '@/lib/i18n/words/faq'
import type { FaqPageProps } from '@/lib/pages/faq-page'
import { fixedPagesIn } from '@/lib/pages/directory'
import { staticRoutes } from '@/lib/routes'

export function FaqPage({ faqs, region, digits, layout: { site, locale } }: FaqPageProps) {
  const pages = fixedPagesIn(locale)
  const notice = faqsNotice(faqs)
  return (
    <div className="mx-auto max-w-3xl">
      <DocumentHead site={site} {...pages.faq} />
      <Breadcrumbs
        site={site}
        trail={[
          { href: pages.home.path, label: articleWords[locale].home },
          { href: pages.faq.path, label: pages.faq.title },
        ]}
        locale={locale}
      />
      <h1 className="text-3xl leading-tight font-bold sm:text-4xl">{pages.faq.title}</h1>
      <p className="mt-4 text-xl text-muted">{faqWords[locale].intro}</p>
      {locale !== 'en' && notice && (
        <TranslationNotice locale={locale} status={notice} englishHref={staticRoutes.faq} className="mt-4" />
      )}
      <div className="mt-8">
        <FaqFilterBox contact={site} locale={locale} digits={digits} />
      </div>
      <div className="mt-8">
        <FaqList faqs={faqs} site={site} locale={locale} />
      </div>
      <UrgentHelp region={region} className="mt-10" locale={locale} />
      <NextSteps site={site} locale={locale} />
      <Disclaimer className="mt-8 border-l-4 border-brand-100 pl-4 text-sm text-muted" locale={locale} />
      <PageFeedback site={site} locale={locale} title={pages.faq.title} path={pages.faq.path} />
      <PrintFooter site={site} path={pages.faq.path} locale={locale} digits={digits} />
      <FaqStructuredData faqs={faqs} locale={locale} />
    </div>
  )
}
