// The contact page and the privacy notice in every language (pages/contact.tsx, pages/privacy.tsx and their
// pages/hi/ twins): their props, on the server. The clinic's places and values come with the layout's settings.
import type { GetStaticProps } from 'next'
import { getContent } from '@/lib/content'
import type { Content } from '@/lib/content/model'
import type { Locale } from '@/lib/i18n/locales'
import { documentProps, type DocumentProps } from '@/lib/pages/document-props'
import { staticRoutes } from '@/lib/routes'

export type ContactPageProps = DocumentProps<Pick<Content, 'region' | 'digits'>>
export type PrivacyPageProps = DocumentProps<Pick<Content, 'region'>>

export const contactStaticProps =
  (locale: Locale): GetStaticProps<ContactPageProps> =>
  () => {
    const { region, digits } = getContent(locale)
    return documentProps({ region, digits }, { locale, path: staticRoutes.contact })
  }

export const privacyStaticProps =
  (locale: Locale): GetStaticProps<PrivacyPageProps> =>
  () =>
    documentProps({ region: getContent(locale).region }, { locale, path: staticRoutes.privacy })
