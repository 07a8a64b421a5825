import type { Faq } from '@/lib/content'
import { buildFaqPageJsonLd, serializeJsonLd } from '@/lib/faq/structured-data'

/** schema.org FAQPage data for search engines, from the same answers the page shows. */
export function FaqStructuredData({ faqs }: { faqs: Faq[] }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(buildFaqPageJsonLd(faqs)) }} />
}
