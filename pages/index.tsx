import type { GetStaticProps, PageConfig } from 'next'
import { PhoneLink } from '@/components/contact/PhoneLink'
import { PlannerCallout } from '@/components/planner/PlannerCallout'
import { DocumentHead } from '@/components/seo/DocumentHead'
import { JsonLd } from '@/components/seo/JsonLd'
import { Link } from '@/components/ui/Link'
import { TopicCards } from '@/components/layout/TopicCards'
import { getArticles, type Article } from '@/lib/content'
import { documentProps, type DocumentProps } from '@/lib/pages/document-props'
import { fixedPages } from '@/lib/pages/directory'
import { staticRoutes } from '@/lib/routes'
import { buildClinic } from '@/lib/structured-data/clinic'
import { mailtoHref, whatsappHref } from '@/lib/site/contact'

// A document: prerendered HTML and CSS, no framework JavaScript (see README, "Folders").
export const config: PageConfig = { unstable_runtimeJS: false }

type Props = DocumentProps<{ articles: Article[] }>

export const getStaticProps: GetStaticProps<Props> = () => documentProps({ articles: getArticles() })

export default function HomePage({ articles, layout: { site } }: Props) {
  return (
    <div className="space-y-12">
      <DocumentHead site={site} {...fixedPages.home} />
      <section aria-labelledby="intro">
        <h1 id="intro" className="max-w-3xl text-3xl font-bold leading-tight sm:text-4xl">
          Scalp micropigmentation, explained clearly
        </h1>
        <p className="mt-4 max-w-2xl text-xl text-muted">
          Scalp micropigmentation (SMP) uses tiny dots of pigment to look like short hair. These pages explain what it
          is, who it may suit, what happens, and how to look after your scalp, so you can decide and prepare with
          confidence.
        </p>
        <ul className="mt-6 flex flex-wrap gap-4">
          <li>
            <Link href={staticRoutes.selfCheck} className="inline-block rounded-md bg-brand-700 px-5 py-3 font-semibold text-white underline-offset-4 hover:bg-brand-800 hover:underline">
              Am I a candidate? Take the self-check
            </Link>
          </li>
          <li>
            <Link href={staticRoutes.faq} className="inline-block rounded-md border-2 border-brand-700 px-5 py-3 font-semibold text-brand-800 underline-offset-4 hover:underline">
              Read the questions people ask
            </Link>
          </li>
        </ul>
      </section>

      <section aria-labelledby="topics-heading" id="topics">
        <h2 id="topics-heading" className="text-2xl font-bold">
          Topics
        </h2>
        <div className="mt-4">
          <TopicCards articles={articles} />
        </div>
      </section>

      <PlannerCallout className="max-w-3xl" />

      <section aria-labelledby="get-in-touch" className="rounded-lg bg-brand-50 p-6">
        <h2 id="get-in-touch" className="text-2xl font-bold">
          Ask a question or book a consultation
        </h2>
        <p className="mt-3 text-lg">
          Call <PhoneLink className="text-brand-800 underline" phone={site.phone} />
          {site.whatsapp && (
            <>
              , <a className="text-brand-800 underline" href={whatsappHref(site.whatsapp)}>message us on WhatsApp</a>
            </>
          )}{' '}
          or email <a className="break-all text-brand-800 underline" href={mailtoHref(site.email)}>{site.email}</a>.
          {site.bookingUrl && (
            <>
              {' '}
              You can also <a className="text-brand-800 underline" href={site.bookingUrl}>book online</a>.
            </>
          )}
        </p>
        <p className="mt-2">
          <a className="text-brand-800 underline" href="#contact">Our address and opening hours</a>
        </p>
      </section>
      <JsonLd data={{ '@context': 'https://schema.org', ...buildClinic(site) }} />
    </div>
  )
}
