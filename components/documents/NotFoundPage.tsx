// The 404 page, in any language (pages/not-found.tsx, pages/hi/not-found.tsx); its text is the layout's NotFound.
import { NotFound } from '@/components/layout/NotFound'
import { DocumentHead } from '@/components/seo/DocumentHead'
import { notFoundWords } from '@/lib/i18n/words/not-found'
import type { NotFoundPageProps } from '@/lib/pages/home-page'
import { layoutLocale } from './layout-locale'

export function NotFoundPage({ layout }: NotFoundPageProps) {
  return (
    <>
      <DocumentHead site={layout.site} path="/404" notFound {...notFoundWords[layout.locale]} />
      <NotFound articles={layout.topics} {...layoutLocale(layout.locale)} />
    </>
  )
}
