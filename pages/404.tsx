import type { GetStaticProps, PageConfig } from 'next'
import { NotFound, notFoundPage } from '@/components/layout/NotFound'
import { DocumentHead } from '@/components/seo/DocumentHead'
import { documentProps, type DocumentProps } from '@/lib/pages/document-props'

// A document: no framework JavaScript. The static export's 404.html (see README, "Static hosting").
export const config: PageConfig = { unstable_runtimeJS: false }

type Props = DocumentProps<object>

export const getStaticProps: GetStaticProps<Props> = () => documentProps({})

export default function NotFoundPage({ layout }: Props) {
  return (
    <>
      <DocumentHead site={layout.site} path="/404" notFound {...notFoundPage} />
      <NotFound articles={layout.topics} />
    </>
  )
}
