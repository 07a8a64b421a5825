import type { GetStaticPaths, GetStaticProps, PageConfig } from 'next'
import { ArticleBody } from '@/components/article/ArticleBody'
import { HeadingAnchorCopy } from '@/components/article/HeadingAnchorCopy'
import { NextSteps } from '@/components/article/NextSteps'
import { Sources } from '@/components/article/Sources'
import { ReviewDates } from '@/components/article/ReviewDates'
import { TableOfContents } from '@/components/article/TableOfContents'
import { TopicPager } from '@/components/article/TopicPager'
import { RelatedQuestions } from '@/components/faq/RelatedQuestions'
import { RulesSummary } from '@/components/candidacy/RulesSummary'
import { GlossaryList } from '@/components/glossary/GlossaryList'
import { UrgentHelp } from '@/components/help/UrgentHelp'
import { Breadcrumbs } from '@/components/layout/Breadcrumbs'
import { Disclaimer } from '@/components/layout/Disclaimer'
import { PlannerCallout } from '@/components/planner/PlannerCallout'
import { PrintFooter } from '@/components/print/PrintFooter'
import { DocumentHead } from '@/components/seo/DocumentHead'
import { JsonLd } from '@/components/seo/JsonLd'
import { StaticShareButton } from '@/components/share/StaticShareButton'
import { getArticle, getArticles, getContent, getNeighbours, type Article, type Faq } from '@/lib/content'
import type { Content } from '@/lib/content/model'
import { documentProps, type DocumentProps } from '@/lib/pages/document-props'
import { articlePath, staticRoutes } from '@/lib/routes'
import { absoluteUrl } from '@/lib/site/contact'
import { buildMedicalWebPage } from '@/lib/structured-data/medical-web-page'

type Params = { slug: string }
type Props = DocumentProps<
  Pick<Content, 'region' | 'references' | 'glossary'> & {
    article: Article
    faqs: Faq[]
    previous: Article | null
    next: Article | null
  }
>

// A document: prerendered HTML and CSS, no framework JavaScript (see README, "Folders").
export const config: PageConfig = { unstable_runtimeJS: false }

// Every article is known at build time; any other address is a 404, not a server render.
export const getStaticPaths: GetStaticPaths = () => ({
  paths: getArticles().map((article) => ({ params: { slug: article.slug } })),
  fallback: false,
})

export const getStaticProps: GetStaticProps<Props, Params> = ({ params }) => {
  const article = getArticle(params!.slug)
  if (!article) return { notFound: true }
  const { region, references, glossary, faqs } = getContent()
  const { previous, next } = getNeighbours(article.slug)
  return documentProps(
    { article, region, references, glossary, faqs, previous: previous ?? null, next: next ?? null },
    { locale: 'en', path: articlePath(article.slug) },
  )
}

export default function ArticlePage({
  article,
  region,
  references,
  glossary,
  faqs,
  previous,
  next,
  layout: { site },
}: Props) {
  const pageUrl = absoluteUrl(site, articlePath(article.slug))

  return (
    <article className="mx-auto max-w-3xl">
      <DocumentHead
        site={site}
        path={articlePath(article.slug)}
        title={article.title}
        description={article.description}
        type="article"
        lastReviewed={article.lastReviewed}
      />
      <Breadcrumbs
        site={site}
        trail={[
          { href: staticRoutes.home, label: 'Home' },
          { href: articlePath(article.slug), label: article.title },
        ]}
      />
      {article.draft && (
        <p className="mb-4 rounded bg-amber-100 p-3 font-semibold text-amber-950">Draft: this page is not published.</p>
      )}
      <h1 className="text-3xl leading-tight font-bold sm:text-4xl">{article.title}</h1>
      <p className="mt-4 text-xl text-muted">{article.description}</p>
      <div className="mt-4 flex flex-wrap items-start justify-between gap-3">
        <ReviewDates article={article} />
        <StaticShareButton title={article.title} url={pageUrl} label="Share this page" />
      </div>
      <div className="mt-8">
        <TableOfContents headings={article.headings} />
      </div>
      {article.extras.includes('aftercare-planner') && <PlannerCallout className="mt-8" />}
      <div className="mt-8">
        <ArticleBody html={article.html} />
      </div>
      {article.extras.includes('glossary') && <GlossaryList terms={glossary.terms} />}
      {article.extras.includes('self-check-rules') && <RulesSummary />}
      {article.sources !== 'none' && <Sources citations={article.citations} references={references} />}
      <RelatedQuestions slug={article.slug} faqs={faqs} />
      <UrgentHelp region={region} className="mt-10" />
      <NextSteps site={site} />
      <Disclaimer className="mt-8 border-l-4 border-brand-100 pl-4 text-sm text-muted" />
      <TopicPager previous={previous ?? undefined} next={next ?? undefined} />
      <PrintFooter site={site} path={articlePath(article.slug)} lastReviewed={article.lastReviewed} />
      <JsonLd data={buildMedicalWebPage(site, article)} />
      <HeadingAnchorCopy pageUrl={pageUrl} />
    </article>
  )
}
