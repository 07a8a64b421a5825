import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
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
import { JsonLd } from '@/components/seo/JsonLd'
import { ShareButton } from '@/components/share/ShareButton'
import { getArticle, getArticles, getContent, getNeighbours } from '@/lib/content'
import { pageMetadata } from '@/lib/metadata/page'
import { articlePath } from '@/lib/routes'
import { absoluteUrl } from '@/lib/site/contact'
import { buildMedicalWebPage } from '@/lib/structured-data/medical-web-page'

type Props = { params: Promise<{ slug: string }> }

// Every article is known at build time; any other address is a 404, not a server render.
export const dynamicParams = false

export function generateStaticParams() {
  return getArticles().map((article) => ({ slug: article.slug }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = getArticle((await params).slug)
  if (!article) return {}
  return pageMetadata(getContent().site, {
    path: articlePath(article.slug),
    title: article.title,
    description: article.description,
    type: 'article',
    lastReviewed: article.lastReviewed,
  })
}

export default async function ArticlePage({ params }: Props) {
  const article = getArticle((await params).slug)
  if (!article) notFound()
  const { site, region, references, glossary } = getContent()
  const { previous, next } = getNeighbours(article.slug)
  const pageUrl = absoluteUrl(site, articlePath(article.slug))

  return (
    <article className="mx-auto max-w-3xl">
      <Breadcrumbs trail={[{ href: '/', label: 'Home' }, { href: articlePath(article.slug), label: article.title }]} />
      {article.draft && (
        <p className="mb-4 rounded bg-amber-100 p-3 font-semibold text-amber-950">Draft: this page is not published.</p>
      )}
      <h1 className="text-3xl font-bold leading-tight sm:text-4xl">{article.title}</h1>
      <p className="mt-4 text-xl text-muted">{article.description}</p>
      <div className="mt-4 flex flex-wrap items-start justify-between gap-3">
        <ReviewDates article={article} />
        <ShareButton title={article.title} url={pageUrl} label="Share this page" />
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
      <RelatedQuestions slug={article.slug} />
      <UrgentHelp region={region} className="mt-10" />
      <NextSteps site={site} />
      <Disclaimer className="mt-8 border-l-4 border-brand-100 pl-4 text-sm text-muted" />
      <TopicPager previous={previous} next={next} />
      <PrintFooter site={site} path={articlePath(article.slug)} lastReviewed={article.lastReviewed} />
      <JsonLd data={buildMedicalWebPage(site, article)} />
      <HeadingAnchorCopy pageUrl={pageUrl} />
    </article>
  )
}
