// The 404 page, in any language (pages/not-found.tsx, pages/hi/not-found.tsx; the build installs them as
// out/404.html and out/hi/404.html).
import { TopicLinks } from '@/components/layout/TopicLinks'
import { DocumentHead } from '@/components/seo/DocumentHead'
import { TextLink } from '@/components/ui/TextLink'
import { PageFeedback } from '@/components/feedback/PageFeedback'
import { localePath } from '@/lib/i18n/locales'
import { layoutWords } from '@/lib/i18n/words/layout'
import type { NotFoundPageProps } from '@/lib/pages/home-page'
import { staticRoutes } from '@/lib/routes'

export function NotFoundPage({ layout: { site, locale, topics } }: NotFoundPageProps) {
  const words = layoutWords[locale]
  const { title, description } = words.notFound
  return (
    <div className="max-w-prose">
      <DocumentHead site={site} path={localePath(locale, '/404')} notFound title={title} description={description} />
      <h1 className="text-3xl font-bold">{words.notFound.title}</h1>
      <p className="mt-4 text-lg">{words.notFound.explanation}</p>
      <p className="mt-4">
        <TextLink look="plain" className="font-semibold" href={localePath(locale, staticRoutes.home)}>
          {words.notFound.homeLink}
        </TextLink>
        {words.notFound.orTopics}
      </p>
      <TopicLinks articles={topics} locale={locale} className="mt-3 list-disc space-y-1 pl-6" />
      {/* No address of its own: in the browser the link names the address that was not found (enhance/feedback.ts). */}
      <PageFeedback site={site} locale={locale} title={title} />
    </div>
  )
}
