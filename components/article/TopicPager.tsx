import type { Article } from '@/lib/content'
import { localePath, type Locale } from '@/lib/i18n/locales'
import { articleWords } from '@/lib/i18n/words/article'
import { articlePath } from '@/lib/routes'
import { linkClass } from '@/components/ui/classes'

type Topic = Pick<Article, 'slug' | 'title' | 'translation'>

/** An untranslated page's title is the English one: marked so, for screen readers' pronunciation. */
export const titleLang = (article: Pick<Article, 'translation'>) =>
  article.translation?.kind === 'missing' ? 'en' : undefined

export function TopicPager({ previous, next, locale }: { previous?: Topic; next?: Topic; locale: Locale }) {
  if (!previous && !next) return null
  const words = articleWords[locale].pager
  return (
    <nav aria-label={words.label} className="no-print mt-10 grid gap-4 border-t border-brand-100 pt-6 sm:grid-cols-2">
      {previous && (
        <a
          href={localePath(locale, articlePath(previous.slug))}
          rel="prev"
          className="group block rounded-md p-3 hover:bg-brand-50"
        >
          <span className="block text-sm text-muted">{words.previous}</span>
          <span className={linkClass('strong')} lang={titleLang(previous)}>
            {previous.title}
          </span>
        </a>
      )}
      {next && (
        <a
          href={localePath(locale, articlePath(next.slug))}
          rel="next"
          className="group block rounded-md p-3 hover:bg-brand-50 sm:col-start-2 sm:text-right"
        >
          <span className="block text-sm text-muted">{words.next}</span>
          <span className={linkClass('strong')} lang={titleLang(next)}>
            {next.title}
          </span>
        </a>
      )}
    </nav>
  )
}
