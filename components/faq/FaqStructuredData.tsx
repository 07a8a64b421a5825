import { JsonLd } from '@/components/seo/JsonLd'
import type { Faq } from '@/lib/content'
import type { Locale } from '@/lib/i18n/locales'
import { buildFaqPageJsonLd } from '@/lib/structured-data/faq-page'

/** schema.org FAQPage data for search engines, from the same answers the page shows. */
export function FaqStructuredData({ faqs, locale }: { faqs: Faq[]; locale: Locale }) {
  return <JsonLd data={buildFaqPageJsonLd(faqs, locale)} />
}
