// The self-check page in any language (app/(en)/self-check/page.tsx, app/hi/self-check/page.tsx): the same
// island, flow and rules, with the language's words passed in.
import type { Metadata } from 'next'
import { ToolTranslationNotice } from '@/components/layout/ToolTranslationNotice'
import { AnswerChecklist } from '@/components/self-check/AnswerChecklist'
import { SelfCheck } from '@/components/self-check/SelfCheck'
import { ShareButton } from '@/components/share/ShareButton'
import { JsonLd } from '@/components/seo/JsonLd'
import { getContent } from '@/lib/content'
import type { Locale } from '@/lib/i18n/locales'
import { selfCheckLanguage } from '@/lib/i18n/words/self-check-language'
import { shareWords } from '@/lib/i18n/words/share'
import { pageMetadata } from '@/lib/metadata/page'
import { fixedPagesIn } from '@/lib/pages/directory'
import { absoluteUrl } from '@/lib/site/contact'
import { buildBreadcrumbList } from '@/lib/structured-data/breadcrumbs'

export const selfCheckMetadata = (locale: Locale): Metadata =>
  pageMetadata(getContent(locale).site, fixedPagesIn(locale).selfCheck)

export function SelfCheckPage({ locale }: { locale: Locale }) {
  const { site, digits } = getContent(locale)
  const pages = fixedPagesIn(locale)
  const { name, phone, whatsapp, email, bookingUrl } = site
  const language = selfCheckLanguage(locale, digits)
  return (
    <div className="mx-auto max-w-3xl">
      <ToolTranslationNotice locale={locale} path={pages.selfCheck.path} className="mb-6" />
      <SelfCheck
        checklist={<AnswerChecklist locale={locale} digits={digits} />}
        share={
          <ShareButton
            title={pages.selfCheck.title}
            url={absoluteUrl(site, pages.selfCheck.path)}
            label={language.words.page.share}
            words={shareWords[locale]}
          />
        }
        contact={{ name, phone, whatsapp, email, bookingUrl }}
        clinicName={name}
        language={language}
      />
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
