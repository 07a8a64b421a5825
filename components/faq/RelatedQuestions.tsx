import { TextLink } from '@/components/ui/TextLink'
import type { Faq } from '@/lib/content'
import { relatedFaqs } from '@/lib/faq/group'
import { faqAnswerPath, sectionIds, staticRoutes } from '@/lib/routes'

/** The FAQ questions that name this article in `related`, linked to their answers; nothing when there are none. */
export function RelatedQuestions({ slug, faqs: all }: { slug: string; faqs: Faq[] }) {
  const faqs = relatedFaqs(all, slug)
  if (faqs.length === 0) return null
  return (
    <section aria-labelledby={sectionIds.questionsPeopleAsk} className="no-print mt-10">
      <h2 id={sectionIds.questionsPeopleAsk} className="text-xl font-semibold">
        Questions people ask
      </h2>
      <ul className="mt-3 space-y-2">
        {faqs.map((faq) => (
          <li key={faq.id}>
            <TextLink href={faqAnswerPath(faq.id)}>{faq.question}</TextLink>
          </li>
        ))}
      </ul>
      <p className="mt-3">
        <TextLink href={staticRoutes.faq}>All frequently asked questions</TextLink>
      </p>
    </section>
  )
}
