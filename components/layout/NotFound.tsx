import { TextLink } from '@/components/ui/TextLink'
import type { Article } from '@/lib/content'
import { articlePath, staticRoutes } from '@/lib/routes'

export const notFoundPage = {
  title: 'Page not found',
  description: 'We could not find that page. Here is how to get back to the information you need.',
} as const

/** The 404 page's content: pages/404.tsx (a document) and app/not-found.tsx show the same. */
export function NotFound({ articles }: { articles: Pick<Article, 'slug' | 'title'>[] }) {
  return (
    <div className="max-w-prose">
      <h1 className="text-3xl font-bold">Page not found</h1>
      <p className="mt-4 text-lg">
        We could not find that page. If you typed the address, check it is correct. If you followed a link, it may be
        out of date.
      </p>
      <p className="mt-4">
        <TextLink look="plain" className="font-semibold" href={staticRoutes.home}>
          Go to the home page
        </TextLink>
        , or try one of these topics:
      </p>
      <ul className="mt-3 list-disc space-y-1 pl-6">
        {articles.map((article) => (
          <li key={article.slug}>
            <TextLink look="plain" href={articlePath(article.slug)}>
              {article.title}
            </TextLink>
          </li>
        ))}
        <li>
          <TextLink look="plain" href={staticRoutes.faq}>
            Frequently asked questions
          </TextLink>
        </li>
      </ul>
    </div>
  )
}
