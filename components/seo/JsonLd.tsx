import { serializeJsonLd } from '@/lib/structured-data/serialize'

/** A JSON-LD block for search engines; the data comes from the lib/structured-data builders. */
export function JsonLd({ data }: { data: object }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />
}
