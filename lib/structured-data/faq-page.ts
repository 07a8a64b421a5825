// schema.org FAQPage data for /faq, built from the same content the page shows.
import type { FAQPage, Question, WithContext } from 'schema-dts'
import type { Faq } from '@/lib/content/model'
import { sortFaqs } from '@/lib/faq/group'
import { defaultLocale, type Locale } from '@/lib/i18n/locales'

/** `locale`: a translated page says its language; the English page stays as it always was. */
export function buildFaqPageJsonLd(
  faqs: readonly Pick<Faq, 'question' | 'text' | 'category' | 'order'>[],
  locale: Locale = defaultLocale,
) {
  return {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    ...(locale === defaultLocale ? {} : { inLanguage: locale }),
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
