import type { Metadata } from 'next'
import { NextSteps } from '@/components/article/NextSteps'
import { FaqFilterBox } from '@/components/faq/FaqFilterBox'
import { FaqFilterProvider } from '@/components/faq/FaqFilterContext'
import { FaqHashSync } from '@/components/faq/FaqHashSync'
import { FaqList } from '@/components/faq/FaqList'
import { FaqStructuredData } from '@/components/faq/FaqStructuredData'
import { Breadcrumbs } from '@/components/layout/Breadcrumbs'
import { UrgentHelp } from '@/components/help/UrgentHelp'
import { Disclaimer } from '@/components/layout/Disclaimer'
import { PrintFooter } from '@/components/print/PrintFooter'
import { getContent, getSite } from '@/lib/content'
import { toSearchItem } from '@/lib/faq/filter'
import { sortFaqs } from '@/lib/faq/group'
import { pageMetadata } from '@/lib/metadata/page'
import { fixedPages } from '@/lib/pages/directory'
import { mailtoHref, telHref } from '@/lib/site/contact'

export const generateMetadata = (): Metadata => pageMetadata(getSite(), fixedPages.faq)

export default function FaqPage() {
  const { faqs, site, region } = getContent()
  // The filter island gets only ids, categories and plain text: the answers themselves are server HTML.
  const searchItems = sortFaqs(faqs).map(toSearchItem)

  return (
    <div className="mx-auto max-w-3xl">
      <Breadcrumbs trail={[{ href: '/', label: 'Home' }, { href: fixedPages.faq.path, label: fixedPages.faq.title }]} />
      <h1 className="text-3xl font-bold leading-tight sm:text-4xl">{fixedPages.faq.title}</h1>
      <p className="mt-4 text-xl text-muted">
        Short, plain answers to the questions people ask us most about scalp micropigmentation. Select a question to
        read its answer. Each answer links to the topic page with more detail.
      </p>
      <FaqFilterProvider items={searchItems}>
        <div className="mt-8">
          <FaqFilterBox contact={{ phone: site.phone, phoneHref: telHref(site.phone), email: site.email, emailHref: mailtoHref(site.email) }} />
        </div>
        <div className="mt-8">
          <FaqList faqs={faqs} />
        </div>
        <FaqHashSync />
      </FaqFilterProvider>
      <UrgentHelp region={region} className="mt-10" />
      <NextSteps site={site} />
      <Disclaimer className="mt-8 border-l-4 border-brand-100 pl-4 text-sm text-muted" />
      <PrintFooter site={site} path={fixedPages.faq.path} />
      <FaqStructuredData faqs={faqs} />
    </div>
  )
}
