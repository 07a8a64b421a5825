import type { GetStaticProps, PageConfig } from 'next'
import { NotFound, notFoundPage } from '@/components/layout/NotFound'
import { DocumentHead } from '@/components/seo/DocumentHead'
import { documentProps, type DocumentProps } from '@/lib/pages/document-props'

// The 404 page, a document: no framework JavaScript. Not pages/404.tsx: with the App Router present Next
// answers unknown addresses with the App Router's not-found page and copies it over pages/404.html, so
// scripts/documents/install-not-found.ts puts this page's HTML in both places and in out/404.html
// (see README, "Static hosting"). Its own address, /not-found, answers 404 (next.config.ts).
export const config: PageConfig = { unstable_runtimeJS: false }

type Props = DocumentProps<object>

export const getStaticProps: GetStaticProps<Props> = () => documentProps({}, { locale: 'en', path: '' })

export default function NotFoundPage({ layout }: Props) {
  return (
    <>
      <DocumentHead site={layout.site} path="/404" notFound {...notFoundPage} />
      <NotFound articles={layout.topics} />
    </>
  )
}
