// The home and 404 routes in every language (pages/index.tsx, pages/not-found.tsx and their pages/hi/ twins).
import type { GetStaticProps } from 'next'
import { getArticles, type Article } from '@/lib/content'
import type { Locale } from '@/lib/i18n/locales'
import { documentProps, type DocumentProps } from '@/lib/pages/document-props'
import { staticRoutes } from '@/lib/routes'

export type HomePageProps = DocumentProps<{ articles: Article[] }>

export const homeStaticProps =
  (locale: Locale): GetStaticProps<HomePageProps> =>
  () =>
    documentProps({ articles: getArticles(locale) }, { locale, path: staticRoutes.home })

export type NotFoundPageProps = DocumentProps<object>

export const notFoundStaticProps =
  (locale: Locale): GetStaticProps<NotFoundPageProps> =>
  () =>
    // No address of its own, so no language switcher: ''.
    documentProps({}, { locale, path: '' })
