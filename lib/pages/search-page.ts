// The search route in every language (pages/search.tsx, pages/hi/search.tsx): its props, on the server. The A to Z
// list comes from the same places as the index (lib/search/documents.ts); the script's and the index's addresses
// from the content step's manifest (lib/search/bundle.ts).
import type { GetStaticProps } from 'next'
import { getContent } from '@/lib/content'
import type { Digits } from '@/lib/i18n/digits'
import type { Locale } from '@/lib/i18n/locales'
import { documentProps, type DocumentProps } from '@/lib/pages/document-props'
import { staticRoutes } from '@/lib/routes'
import { aToZ, type AToZGroup } from '@/lib/search/a-z'
import { readSearchManifest } from '@/lib/search/bundle'
import { searchDocuments } from '@/lib/search/documents'

export type SearchPageProps = DocumentProps<{
  groups: AToZGroup[]
  /** The search page's script and this language's index (public/assets/, hashed names). */
  scriptSrc: string
  indexSrc: string
  digits: Digits
}>

export const searchStaticProps =
  (locale: Locale): GetStaticProps<SearchPageProps> =>
  () => {
    const content = getContent(locale)
    const manifest = readSearchManifest()
    return documentProps(
      {
        groups: aToZ(searchDocuments(content), locale),
        scriptSrc: manifest.script.src,
        indexSrc: manifest.indexes[locale].src,
        digits: content.digits,
      },
      { locale, path: staticRoutes.search },
    )
  }
