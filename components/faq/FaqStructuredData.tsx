import { JsonLd } from '@/components/seo/JsonLd'
import type { Faq } from '@/lib/content'
import { buildFaqPageJsonLd } from '@/lib/structured-data/faq-page'

/** schema.org FAQPage data for search engines, from the same answers the page shows. */
export function FaqStructuredData({ faqs }: { faqs: Faq[] }) {
  return <JsonLd data={buildFaqPageJsonLd(faqs)} />
}
