// The self-check route in every language (pages/self-check.tsx, pages/hi/self-check.tsx): its props, on the server.
import type { GetStaticProps } from 'next'
import { getContent } from '@/lib/content'
import { islandBundle, type IslandBundle } from '@/lib/enhance/bundle'
import { islandNames } from '@/lib/enhance/islands'
import type { Digits } from '@/lib/i18n/digits'
import type { Locale } from '@/lib/i18n/locales'
import { selfCheckLanguage } from '@/lib/i18n/words/self-check-language'
import { documentProps, type DocumentProps } from '@/lib/pages/document-props'
import { staticRoutes } from '@/lib/routes'
import type { SelfCheckLanguage } from '@/lib/self-check/language'

export type SelfCheckPageProps = DocumentProps<{ digits: Digits; language: SelfCheckLanguage; island: IslandBundle }>

export const selfCheckStaticProps =
  (locale: Locale): GetStaticProps<SelfCheckPageProps> =>
  () => {
    const { digits } = getContent(locale)
    return documentProps(
      { digits, language: selfCheckLanguage(locale, digits), island: islandBundle(islandNames.selfCheck) },
      { locale, path: staticRoutes.selfCheck },
    )
  }
