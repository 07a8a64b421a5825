import { Link } from '@/components/ui/Link'
import type { Faq } from '@/lib/content'
import { relatedFaqs } from '@/lib/faq/group'
import { staticRoutes } from '@/lib/routes'

/** The FAQ questions that name this article in `related`, linked to their answers; nothing when there are none. */
export function RelatedQuestions({ slug, faqs: all }: { slug: string; faqs: Faq[] }) {
  const faqs = relatedFaqs(all, slug)
  if (faqs.length === 0) return null
  return (
    <section aria-labelledby="questions-people-ask" className="no-print mt-10">
      <h2 id="questions-people-ask" className="text-xl font-semibold">
        Questions people ask
      </h2>
      <ul className="mt-3 space-y-2">
        {faqs.map((faq) => (
          <li key={faq.id}>
            <Link className="text-brand-800 underline" href={`${staticRoutes.faq}#${faq.id}`}>
              {faq.question}
            </Link>
          </li>
        ))}
      </ul>
      <p className="mt-3">
        <Link className="text-brand-800 underline" href={staticRoutes.faq}>
          All frequently asked questions
        </Link>
      </p>
    </section>
  )
}
