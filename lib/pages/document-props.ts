// What a document's getStaticProps returns (pages/). The documents' components take their content as
// props and never import lib/content themselves: Next still compiles a browser bundle for every page
// (never loaded, the runtime is off), and lib/content reads files with node:fs, which a browser bundle
// cannot hold. getStaticProps and what only it imports stay on the server.
import { getContent } from '@/lib/content'
import type { Article } from '@/lib/content'
import type { Locale } from '@/lib/i18n/locales'
import type { SiteSettings } from '@/lib/site/schema'

export type Topic = Pick<Article, 'slug' | 'title'>

/**
 * What SiteLayout needs on every document (pages/_app.tsx reads it): the page's language and its address
 * without the language prefix (e.g. "/aftercare"; '' for the 404 page, which has none), from which the language
 * switcher and hreflang links are made.
 */
export type LayoutProps = { site: SiteSettings; topics: Topic[]; locale: Locale; path: string }

export type DocumentProps<T> = T & { layout: LayoutProps }

/** Props are JSON: Next refuses `undefined`, which optional front-matter fields hold. */
const json = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T

/** `page`: the document's language and its address in English (the language prefix is added where needed). */
export function documentProps<T extends object>(
  props: T,
  page: { locale: Locale; path: string },
): { props: DocumentProps<T> } {
  const { site, articles } = getContent(page.locale)
  const topics = articles.map(({ slug, title }) => ({ slug, title }))
  return { props: json({ ...props, layout: { site, topics, ...page } }) }
}
