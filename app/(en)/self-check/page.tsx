import type { Metadata } from 'next'
import { AnswerChecklist } from '@/components/self-check/AnswerChecklist'
import { SelfCheck } from '@/components/self-check/SelfCheck'
import { ShareButton } from '@/components/share/ShareButton'
import { JsonLd } from '@/components/seo/JsonLd'
import { getContent, getSite } from '@/lib/content'
import { selfCheckLanguage } from '@/lib/i18n/words/self-check-language'
import { pageMetadata } from '@/lib/metadata/page'
import { fixedPages } from '@/lib/pages/directory'
import { absoluteUrl } from '@/lib/site/contact'
import { buildBreadcrumbList } from '@/lib/structured-data/breadcrumbs'

export const generateMetadata = (): Metadata => pageMetadata(getSite(), fixedPages.selfCheck)

export default function SelfCheckPage() {
  const { site, digits } = getContent('en')
  const { name, phone, whatsapp, email, bookingUrl } = site
  const language = selfCheckLanguage('en', digits)
  return (
    <div className="mx-auto max-w-3xl">
      <SelfCheck
        checklist={<AnswerChecklist locale="en" digits={digits} />}
        share={
          <ShareButton
            title={fixedPages.selfCheck.title}
            url={absoluteUrl(site, fixedPages.selfCheck.path)}
            label={language.words.page.share}
          />
        }
        contact={{ name, phone, whatsapp, email, bookingUrl }}
        clinicName={name}
        language={language}
      />
      {/* The steps replace each other on screen, so this page has no visible breadcrumb; search engines still get one. */}
      <JsonLd
        data={buildBreadcrumbList(site, [
          { href: fixedPages.home.path, label: language.words.page.home },
          { href: fixedPages.selfCheck.path, label: fixedPages.selfCheck.title },
        ])}
      />
    </div>
  )
}
