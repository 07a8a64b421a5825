import { TextLink } from '@/components/ui/TextLink'
import type { Faq } from '@/lib/content'
import { relatedFaqs } from '@/lib/faq/group'
import { localePath, type Locale } from '@/lib/i18n/locales'
import { articleWords } from '@/lib/i18n/words/article'
import { faqAnswerPath, sectionIds, staticRoutes } from '@/lib/routes'

/** The FAQ questions that name this article in `related`, linked to their answers; nothing when there are none. */
export function RelatedQuestions({ slug, faqs: all, locale }: { slug: string; faqs: Faq[]; locale: Locale }) {
  const faqs = relatedFaqs(all, slug)
  if (faqs.length === 0) return null
  const words = articleWords[locale].related
  return (
    <section aria-labelledby={sectionIds.questionsPeopleAsk} className="no-print mt-10">
      <h2 id={sectionIds.questionsPeopleAsk} className="text-xl font-semibold">
        {words.heading}
      </h2>
      <ul className="mt-3 space-y-2">
        {faqs.map((faq) => (
          <li key={faq.id}>
            <TextLink
              href={localePath(locale, faqAnswerPath(faq.id))}
              lang={faq.translation?.kind === 'missing' ? 'en' : undefined}
            >
              {faq.question}
            </TextLink>
          </li>
        ))}
      </ul>
      <p className="mt-3">
        <TextLink href={localePath(locale, staticRoutes.faq)}>{words.all}</TextLink>
      </p>
    </section>
  )
}
