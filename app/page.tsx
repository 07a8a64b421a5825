import { Link } from '@/components/ui/Link'
import { ContactDetails } from '@/components/contact/ContactDetails'
import { TopicCards } from '@/components/layout/TopicCards'
import { getArticles, getSite } from '@/lib/content'
import { staticRoutes } from '@/lib/routes'

export default function HomePage() {
  const site = getSite()
  return (
    <div className="space-y-12">
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
          <TopicCards articles={getArticles()} />
        </div>
      </section>

      <section className="rounded-lg bg-brand-50 p-6">
        <ContactDetails site={site} id="get-in-touch" title="Ask a question or book a consultation" />
      </section>
    </div>
  )
}
