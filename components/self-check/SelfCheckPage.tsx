// The self-check page in any language (pages/self-check.tsx, pages/hi/self-check.tsx): the same island, flow and
// rules, with the language's words passed in.
import { SiteWordsNotice } from '@/components/article/TranslationNotice'
import { PageFeedback } from '@/components/feedback/PageFeedback'
import { Island } from '@/components/islands/Island'
import { JsonLd } from '@/components/seo/JsonLd'
import { DocumentHead } from '@/components/seo/DocumentHead'
import { ShareButton } from '@/components/share/ShareButton'
import { defaultLocale, localePath } from '@/lib/i18n/locales'
import { fixedPagesIn } from '@/lib/pages/directory'
import type { SelfCheckPageProps } from '@/lib/pages/self-check-page'
import { absoluteUrl } from '@/lib/site/contact'
import { buildBreadcrumbList } from '@/lib/structured-data/breadcrumbs'
import { AnswerChecklist } from './AnswerChecklist'
import { selfCheckIsland } from './self-check-island'

export function SelfCheckPage({ digits, language, island, layout: { site, locale } }: SelfCheckPageProps) {
  const pages = fixedPagesIn(locale)
  const { name, phone, whatsapp, email, bookingUrl } = site
  return (
    <div className="mx-auto max-w-3xl">
      <DocumentHead site={site} {...pages.selfCheck} />
      <SiteWordsNotice locale={locale} englishHref={localePath(defaultLocale, pages.selfCheck.path)} className="mb-6" />
      <Island
        island={selfCheckIsland}
        bundle={island}
        props={{ contact: { name, phone, whatsapp, email, bookingUrl }, clinicName: name, language }}
        slots={{
          checklist: <AnswerChecklist locale={locale} digits={digits} />,
          share: (
            <ShareButton
              title={pages.selfCheck.title}
              url={absoluteUrl(site, pages.selfCheck.path)}
              label={language.words.page.share}
              locale={locale}
            />
          ),
        }}
      />
      <PageFeedback site={site} locale={locale} title={pages.selfCheck.title} path={pages.selfCheck.path} />
      {/* The steps replace each other on screen, so this page has no visible breadcrumb; search engines still get one. */}
      <JsonLd
        data={buildBreadcrumbList(site, [
          { href: pages.home.path, label: language.words.page.home },
          { href: pages.selfCheck.path, label: pages.selfCheck.title },
        ])}
      />
    </div>
  )
}
