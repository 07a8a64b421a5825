// An article, in any language: the English route (pages/[slug].tsx) and the Hindi one (pages/hi/[slug].tsx)
// both render this, so the two cannot drift apart. The page's language is its layout's.
import { ArticleBody } from '@/components/article/ArticleBody'
import { HeadingAnchorCopy } from '@/components/article/HeadingAnchorCopy'
import { NextSteps } from '@/components/article/NextSteps'
import { ReviewDates } from '@/components/article/ReviewDates'
import { Sources } from '@/components/article/Sources'
import { TableOfContents } from '@/components/article/TableOfContents'
import { titleLang, TopicPager } from '@/components/article/TopicPager'
import { TranslationNotice } from '@/components/article/TranslationNotice'
import { RulesSummary } from '@/components/candidacy/RulesSummary'
import { RelatedQuestions } from '@/components/faq/RelatedQuestions'
import { GlossaryList } from '@/components/glossary/GlossaryList'
import { UrgentHelp } from '@/components/help/UrgentHelp'
import { Breadcrumbs } from '@/components/layout/Breadcrumbs'
import { Disclaimer } from '@/components/layout/Disclaimer'
import { PageFeedback } from '@/components/feedback/PageFeedback'
import { PlannerCallout } from '@/components/planner/PlannerCallout'
import { PrintFooter } from '@/components/print/PrintFooter'
import { DocumentHead } from '@/components/seo/DocumentHead'
import { JsonLd } from '@/components/seo/JsonLd'
import { ShareButton } from '@/components/share/ShareButton'
import { localePath } from '@/lib/i18n/locales'
import { articleWords } from '@/lib/i18n/words/article'
import type { ArticlePageProps } from '@/lib/pages/article-page'
import { articlePath, staticRoutes } from '@/lib/routes'
import { absoluteUrl } from '@/lib/site/contact'
import { buildPageMedicalWebPage } from '@/lib/structured-data/medical-web-page'

export function ArticlePage({
  article,
  region,
  references,
  glossary,
  faqs,
  digits,
  previous,
  next,
  layout: { site, locale },
}: ArticlePageProps) {
  const englishPath = articlePath(article.slug)
  const path = localePath(locale, englishPath)
  const pageUrl = absoluteUrl(site, path)
  const words = articleWords[locale]
  // An untranslated page in another language shows the English text: marked so wherever it appears.
  const textLang = titleLang(article)

  return (
    <article className="mx-auto max-w-3xl">
      <DocumentHead
        site={site}
        path={path}
        title={article.title}
        description={article.description}
        type="article"
        lastReviewed={article.lastReviewed}
      />
      <Breadcrumbs
        site={site}
        trail={[
          { href: localePath(locale, staticRoutes.home), label: words.home },
          { href: path, label: article.title },
        ]}
        locale={locale}
      />
      {article.draft && <p className="mb-4 rounded bg-amber-100 p-3 font-semibold text-amber-950">{words.draft}</p>}
      <h1 className="text-3xl leading-tight font-bold sm:text-4xl" lang={textLang}>
        {article.title}
      </h1>
      <p className="mt-4 text-xl text-muted" lang={textLang}>
        {article.description}
      </p>
      {locale !== 'en' && article.translation && (
        <TranslationNotice locale={locale} status={article.translation} englishHref={englishPath} className="mt-4" />
      )}
      <div className="mt-4 flex flex-wrap items-start justify-between gap-3">
        <ReviewDates article={article} locale={locale} digits={digits} translation={article.translation} />
        <ShareButton title={article.title} url={pageUrl} label={words.sharePage} locale={locale} />
      </div>
      <div className="mt-8">
        <TableOfContents headings={article.headings} locale={locale} headingsLang={textLang} />
      </div>
      {article.extras.includes('aftercare-planner') && <PlannerCallout className="mt-8" locale={locale} />}
      <div className="mt-8">
        <ArticleBody html={article.html} lang={textLang} />
      </div>
      {article.extras.includes('glossary') && <GlossaryList terms={glossary.terms} locale={locale} />}
      {article.extras.includes('self-check-rules') && <RulesSummary locale={locale} digits={digits} />}
      {article.sources !== 'none' && (
        <Sources citations={article.citations} references={references} locale={locale} digits={digits} />
      )}
      <RelatedQuestions slug={article.slug} faqs={faqs} locale={locale} />
      <UrgentHelp region={region} className="mt-10" locale={locale} />
      <NextSteps site={site} locale={locale} />
      <Disclaimer className="mt-8 border-l-4 border-brand-100 pl-4 text-sm text-muted" locale={locale} />
      <PageFeedback site={site} locale={locale} title={article.title} path={path} />
      <TopicPager previous={previous ?? undefined} next={next ?? undefined} locale={locale} />
      <PrintFooter
        site={site}
        path={path}
        lastReviewed={article.lastReviewed}
        clinicallyReviewed={Boolean(article.reviewedBy)}
        locale={locale}
        digits={digits}
      />
      <JsonLd data={buildPageMedicalWebPage(site, article, locale)} />
      <HeadingAnchorCopy pageUrl={pageUrl} locale={locale} />
    </article>
  )
}
