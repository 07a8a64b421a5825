import type { ReactNode } from 'react'
import { TextLink } from '@/components/ui/TextLink'
import type { Article } from '@/lib/content'
import { localePath, type Locale } from '@/lib/i18n/locales'
import { layoutWords } from '@/lib/i18n/words/layout'
import { articlePath, staticRoutes } from '@/lib/routes'

/** Every topic and the FAQ as a list of links (the footer's, the 404 page's), then any further items given. */
export function TopicLinks({
  articles,
  locale,
  className,
  more = [],
}: {
  articles: Pick<Article, 'slug' | 'title'>[]
  locale: Locale
  className?: string
  /** Further links, each a [href, label] pair. */
  more?: [string, ReactNode][]
}) {
  const links: [string, ReactNode][] = [
    ...articles.map((article): [string, ReactNode] => [localePath(locale, articlePath(article.slug)), article.title]),
    [localePath(locale, staticRoutes.faq), layoutWords[locale].faqLink],
    ...more,
  ]
  return (
    <ul className={className}>
      {links.map(([href, label]) => (
        <li key={href}>
          <TextLink look="plain" href={href}>
            {label}
          </TextLink>
        </li>
      ))}
    </ul>
  )
}
