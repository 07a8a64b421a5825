// The article route in every language (pages/[slug].tsx, pages/hi/[slug].tsx): paths and props, on the server.
import type { GetStaticPaths, GetStaticProps } from 'next'
import { getArticle, getArticles, getContent, getNeighbours, type Article, type Faq } from '@/lib/content'
import type { Content } from '@/lib/content/model'
import type { Locale } from '@/lib/i18n/locales'
import { documentProps, type DocumentProps } from '@/lib/pages/document-props'
import { articlePath } from '@/lib/routes'

type Params = { slug: string }

export type ArticlePageProps = DocumentProps<
  Pick<Content, 'region' | 'references' | 'glossary' | 'digits'> & {
    article: Article
    faqs: Faq[]
    previous: Article | null
    next: Article | null
  }
>

/** Every article is known at build time, in every language; any other address is a 404, not a server render. */
export const articleStaticPaths =
  (locale: Locale): GetStaticPaths<Params> =>
  () => ({
    paths: getArticles(locale).map((article) => ({ params: { slug: article.slug } })),
    fallback: false,
  })

export const articleStaticProps =
  (locale: Locale): GetStaticProps<ArticlePageProps, Params> =>
  ({ params }) => {
    const article = getArticle(params!.slug, locale)
    if (!article) return { notFound: true }
    const { region, references, glossary, faqs, digits } = getContent(locale)
    const { previous, next } = getNeighbours(article.slug, locale)
    return documentProps(
      { article, region, references, glossary, faqs, digits, previous: previous ?? null, next: next ?? null },
      { locale, path: articlePath(article.slug) },
    )
  }
