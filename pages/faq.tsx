import type { GetStaticProps, PageConfig } from 'next'
import { staticRoutes } from '@/lib/routes'
import { NextSteps } from '@/components/article/NextSteps'
import { FaqFilterBox } from '@/components/faq/FaqFilterBox'
import { FaqList } from '@/components/faq/FaqList'
import { FaqStructuredData } from '@/components/faq/FaqStructuredData'
import { Breadcrumbs } from '@/components/layout/Breadcrumbs'
import { UrgentHelp } from '@/components/help/UrgentHelp'
import { Disclaimer } from '@/components/layout/Disclaimer'
import { PrintFooter } from '@/components/print/PrintFooter'
import { DocumentHead } from '@/components/seo/DocumentHead'
import { getContent, type Faq } from '@/lib/content'
import { documentProps, type DocumentProps } from '@/lib/pages/document-props'
import type { Region } from '@/lib/site/regions'
import { fixedPages } from '@/lib/pages/directory'

// A document: no framework JavaScript; the search box and deep links are enhance/faq.ts.
export const config: PageConfig = { unstable_runtimeJS: false }

type Props = DocumentProps<{ faqs: Faq[]; region: Region }>

export const getStaticProps: GetStaticProps<Props> = () => {
  const { faqs, region } = getContent()
  return documentProps({ faqs, region }, { locale: 'en', path: staticRoutes.faq })
}

export default function FaqPage({ faqs, region, layout: { site } }: Props) {
  return (
    <div className="mx-auto max-w-3xl">
      <DocumentHead site={site} {...fixedPages.faq} />
      <Breadcrumbs
        site={site}
        trail={[
          { href: fixedPages.home.path, label: 'Home' },
          { href: fixedPages.faq.path, label: fixedPages.faq.title },
        ]}
      />
      <h1 className="text-3xl leading-tight font-bold sm:text-4xl">{fixedPages.faq.title}</h1>
      <p className="mt-4 text-xl text-muted">
        Short, plain answers to the questions people ask us most about scalp micropigmentation. Select a question to
        read its answer. Each answer links to the topic page with more detail.
      </p>
      <div className="mt-8">
        <FaqFilterBox contact={site} />
      </div>
      <div className="mt-8">
        <FaqList faqs={faqs} site={site} />
      </div>
      <UrgentHelp region={region} className="mt-10" />
      <NextSteps site={site} />
      <Disclaimer className="mt-8 border-l-4 border-brand-100 pl-4 text-sm text-muted" />
      <PrintFooter site={site} path={fixedPages.faq.path} />
      <FaqStructuredData faqs={faqs} />
    </div>
  )
}
