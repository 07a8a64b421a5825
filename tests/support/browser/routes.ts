import { getContent } from '@/lib/content'
import { defaultLocale, localePath, type Locale } from '@/lib/i18n/locales'
import { staffLinksPath, staffLinksPathFor } from '@/lib/links/directory'
import { listPages } from '@/lib/pages/directory'
import { articlePath } from '@/lib/routes'

/**
 * Every page of the site: the public pages from the page directory (built from the content, so a new
 * article or tool is tested without editing tests) and the staff page, which is public but unlisted.
 */
export function publicRoutes(): string[] {
  return [...listPages(getContent()).map((page) => page.path), staffLinksPath]
}

/**
 * One page per template in a language, for what only a browser can check (axe, layout, console errors): the
 * home page, the FAQ, the tools, the staff links page and one article per template variant (the extras an
 * article can add after its text). Every page's HTML is checked without a browser in tests/site/.
 */
export function templateRoutes(locale: Locale = defaultLocale): string[] {
  const content = getContent(locale)
  const variants = content.articles.filter(
    (article, index, all) => all.findIndex((other) => other.extras.join() === article.extras.join()) === index,
  )
  return [
    ...listPages(content)
      .filter((page) => page.kind !== 'article')
      .map((page) => page.path),
    ...variants.map((article) => localePath(locale, articlePath(article.slug))),
    staffLinksPathFor(locale),
  ]
}
