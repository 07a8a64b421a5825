import type { GetStaticProps, PageConfig } from 'next'
import { PlannerCallout } from '@/components/planner/PlannerCallout'
import { DocumentHead } from '@/components/seo/DocumentHead'
import { JsonLd } from '@/components/seo/JsonLd'
import { linkClass } from '@/components/ui/classes'
import { ContactLink } from '@/components/ui/ContactLink'
import { ButtonLink } from '@/components/ui/TextLink'
import { TopicCards } from '@/components/layout/TopicCards'
import { getArticles, type Article } from '@/lib/content'
import { documentProps, type DocumentProps } from '@/lib/pages/document-props'
import { fixedPages } from '@/lib/pages/directory'
import { hash, homeSectionIds, sectionIds, staticRoutes } from '@/lib/routes'
import { buildClinic } from '@/lib/structured-data/clinic'

// A document: prerendered HTML and CSS, no framework JavaScript (see README, "Folders").
export const config: PageConfig = { unstable_runtimeJS: false }

type Props = DocumentProps<{ articles: Article[] }>

export const getStaticProps: GetStaticProps<Props> = () =>
  documentProps({ articles: getArticles() }, { locale: 'en', path: staticRoutes.home })

// Buttons that stay links: underlined on hover like every link.
const buttonLinkExtras = 'inline-block underline-offset-4 hover:underline'

export default function HomePage({ articles, layout: { site } }: Props) {
  return (
    <div className="space-y-12">
      <DocumentHead site={site} {...fixedPages.home} />
      <section aria-labelledby={homeSectionIds.intro}>
        <h1 id={homeSectionIds.intro} className="max-w-3xl text-3xl leading-tight font-bold sm:text-4xl">
          Scalp micropigmentation, explained clearly
        </h1>
        <p className="mt-4 max-w-2xl text-xl text-muted">
          Scalp micropigmentation (SMP) uses tiny dots of pigment to look like short hair. These pages explain what it
          is, who it may suit, what happens, and how to look after your scalp, so you can decide and prepare with
          confidence.
        </p>
        <ul className="mt-6 flex flex-wrap gap-4">
          <li>
            <ButtonLink href={staticRoutes.selfCheck} variant="primary" size="large" className={buttonLinkExtras}>
              Am I a candidate? Take the self-check
            </ButtonLink>
          </li>
          <li>
            <ButtonLink href={staticRoutes.faq} size="large" className={buttonLinkExtras}>
              Read the questions people ask
            </ButtonLink>
          </li>
        </ul>
      </section>

      <section aria-labelledby={homeSectionIds.topicsHeading} id={homeSectionIds.topics}>
        <h2 id={homeSectionIds.topicsHeading} className="text-2xl font-bold">
          Topics
        </h2>
        <div className="mt-4">
          <TopicCards articles={articles} />
        </div>
      </section>

      <PlannerCallout className="max-w-3xl" />

      <section aria-labelledby={homeSectionIds.getInTouch} className="rounded-lg bg-brand-50 p-6">
        <h2 id={homeSectionIds.getInTouch} className="text-2xl font-bold">
          Ask a question or book a consultation
        </h2>
        <p className="mt-3 text-lg">
          Call <ContactLink kind="phone" phone={site.phone} />
          {site.whatsapp && (
            <>
              ,{' '}
              <ContactLink kind="whatsapp" number={site.whatsapp}>
                message us on WhatsApp
              </ContactLink>
            </>
          )}{' '}
          or email <ContactLink kind="email" className="break-all" email={site.email} />.
          {site.bookingUrl && (
            <>
              {' '}
              You can also{' '}
              <a className={linkClass()} href={site.bookingUrl}>
                book online
              </a>
              .
            </>
          )}
        </p>
        <p className="mt-2">
          <a className={linkClass()} href={hash(sectionIds.contact)}>
            Our address and opening hours
          </a>
        </p>
      </section>
      <JsonLd data={{ '@context': 'https://schema.org', ...buildClinic(site) }} />
    </div>
  )
}
