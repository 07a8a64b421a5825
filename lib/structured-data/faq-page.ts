// schema.org FAQPage data for /faq, built from the same content the page shows.
import type { FAQPage, Question, WithContext } from 'schema-dts'
import type { Faq } from '@/lib/content/model'
import { sortFaqs } from '@/lib/faq/group'

export function buildFaqPageJsonLd(faqs: readonly Pick<Faq, 'question' | 'text' | 'category' | 'order'>[]) {
  return {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    mainEntity: sortFaqs(faqs).map(
      (faq) =>
        ({
          '@type': 'Question',
          name: faq.question,
          acceptedAnswer: { '@type': 'Answer', text: faq.text },
        }) as const satisfies Question,
    ),
  } as const satisfies WithContext<FAQPage>
}
