import { TextLink } from '@/components/ui/TextLink'
import type { Article } from '@/lib/content'
import { localePath, type Locale } from '@/lib/i18n/locales'
import { layoutWords } from '@/lib/i18n/words/layout'
import { articlePath, staticRoutes } from '@/lib/routes'

/** The 404 page's title and description (its <head>), in a language. */
export const notFoundPage = (locale: Locale) => {
  const { title, description } = layoutWords[locale].notFound
  return { title, description }
}

/** The 404 page's content: the document 404s (pages/not-found.tsx, pages/hi/not-found.tsx) and app/(en)/not-found.tsx. */
export function NotFound({ articles, locale }: { articles: Pick<Article, 'slug' | 'title'>[]; locale: Locale }) {
  const words = layoutWords[locale]
  return (
    <div className="max-w-prose">
      <h1 className="text-3xl font-bold">{words.notFound.title}</h1>
      <p className="mt-4 text-lg">{words.notFound.explanation}</p>
      <p className="mt-4">
        <TextLink look="plain" className="font-semibold" href={localePath(locale, staticRoutes.home)}>
          {words.notFound.homeLink}
        </TextLink>
        {words.notFound.orTopics}
      </p>
      <ul className="mt-3 list-disc space-y-1 pl-6">
        {articles.map((article) => (
          <li key={article.slug}>
            <TextLink look="plain" href={localePath(locale, articlePath(article.slug))}>
              {article.title}
            </TextLink>
          </li>
        ))}
        <li>
          <TextLink look="plain" href={localePath(locale, staticRoutes.faq)}>
            {words.faqLink}
          </TextLink>
        </li>
      </ul>
    </div>
  )
}
