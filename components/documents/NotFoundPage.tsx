// The 404 page, in any language (pages/not-found.tsx, pages/hi/not-found.tsx); its text is the layout's NotFound.
import { NotFound, notFoundPage } from '@/components/layout/NotFound'
import { DocumentHead } from '@/components/seo/DocumentHead'
import { PageFeedback } from '@/components/feedback/PageFeedback'
import { localePath } from '@/lib/i18n/locales'
import type { NotFoundPageProps } from '@/lib/pages/home-page'

export function NotFoundPage({ layout }: NotFoundPageProps) {
  return (
    <>
      <DocumentHead
        site={layout.site}
        path={localePath(layout.locale, '/404')}
        notFound
        {...notFoundPage(layout.locale)}
      />
      <NotFound articles={layout.topics} locale={layout.locale} />
      {/* No address of its own: in the browser the link names the address that was not found (enhance/feedback.ts). */}
      <PageFeedback site={layout.site} locale={layout.locale} title={notFoundPage(layout.locale).title} />
    </>
  )
}
