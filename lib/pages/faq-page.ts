// The FAQ route in every language (pages/faq.tsx, pages/hi/faq.tsx): its props, on the server.
import type { GetStaticProps } from 'next'
import { getContent } from '@/lib/content'
import type { Content } from '@/lib/content/model'
import type { Locale } from '@/lib/i18n/locales'
import { documentProps, type DocumentProps } from '@/lib/pages/document-props'
import { staticRoutes } from '@/lib/routes'

export type FaqPageProps = DocumentProps<Pick<Content, 'faqs' | 'region' | 'digits'>>

export const faqStaticProps =
  (locale: Locale): GetStaticProps<FaqPageProps> =>
  () => {
    const { faqs, region, digits } = getContent(locale)
    return documentProps({ faqs, region, digits }, { locale, path: staticRoutes.faq })
  }
