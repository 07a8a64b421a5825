import type { Metadata } from 'next'
import { AnswerChecklist } from '@/components/self-check/AnswerChecklist'
import { SelfCheck } from '@/components/self-check/SelfCheck'
import { ShareButton } from '@/components/share/ShareButton'
import { JsonLd } from '@/components/seo/JsonLd'
import { getContent, getSite } from '@/lib/content'
import { selfCheckLanguage } from '@/lib/i18n/words/self-check-language'
import { pageMetadata } from '@/lib/metadata/page'
import { fixedPagesIn } from '@/lib/pages/directory'
import { absoluteUrl } from '@/lib/site/contact'
import { buildBreadcrumbList } from '@/lib/structured-data/breadcrumbs'

// The self-check in Hindi: the same island, flow and rules as /self-check, with the Hindi words passed in.
const pages = fixedPagesIn('hi')

export const generateMetadata = (): Metadata => pageMetadata(getSite(), pages.selfCheck)

export default function HindiSelfCheckPage() {
  const { site, digits } = getContent('hi')
  const { name, phone, whatsapp, email, bookingUrl } = site
  const language = selfCheckLanguage('hi', digits)
  return (
    <div className="mx-auto max-w-3xl">
      <SelfCheck
        checklist={<AnswerChecklist locale="hi" digits={digits} />}
        share={
          <ShareButton
            title={pages.selfCheck.title}
            url={absoluteUrl(site, pages.selfCheck.path)}
            label={language.words.page.share}
          />
        }
        contact={{ name, phone, whatsapp, email, bookingUrl }}
        clinicName={name}
        language={language}
      />
      {/* As on /self-check: no visible breadcrumb (the steps replace each other), one for search engines. */}
      <JsonLd
        data={buildBreadcrumbList(site, [
          { href: pages.home.path, label: language.words.page.home },
          { href: pages.selfCheck.path, label: pages.selfCheck.title },
        ])}
      />
    </div>
  )
}
