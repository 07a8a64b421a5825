import type { Article } from '@/lib/content'
import { localePath, type Locale } from '@/lib/i18n/locales'
import { articlePath } from '@/lib/routes'
import { linkClass } from '@/components/ui/classes'

/** The topics as cards; the whole card is one link, named by its title. */
export function TopicCards({ articles, locale }: { articles: Article[]; locale: Locale }) {
  return (
    <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
      {articles.map((article) => (
        <li
          key={article.slug}
          className="relative rounded-lg border border-brand-100 bg-white p-5 shadow-sm hover:border-brand-700"
        >
          <h3 className="text-lg font-semibold">
            <a
              href={localePath(locale, articlePath(article.slug))}
              className={linkClass('text', 'after:absolute after:inset-0')}
            >
              {article.title}
            </a>
          </h3>
          <p className="mt-2 text-muted">{article.description}</p>
        </li>
      ))}
    </ul>
  )
}
