import { ArticleBody } from '@/components/article/ArticleBody'
import { ShareButton } from '@/components/share/ShareButton'
import type { Faq } from '@/lib/content'
import { faqDetailsAttribute } from '@/lib/faq/dom'
import { localePath, type Locale } from '@/lib/i18n/locales'
import { faqAnswerPath } from '@/lib/routes'
import { absoluteUrl } from '@/lib/site/contact'
import type { SiteSettings } from '@/lib/site/schema'
import { CopyLinkButton } from './CopyLinkButton'

/**
 * One question and its answer: a native <details>, so it opens and closes without JavaScript, and
 * prints open (::details-content is shown in print). An answer not translated yet shows in English, marked so.
 */
export function FaqItem({ faq, site, locale }: { faq: Faq; site: Pick<SiteSettings, 'url'>; locale: Locale }) {
  const lang = faq.translation?.kind === 'missing' ? 'en' : undefined
  return (
    <details
      id={faq.id}
      {...{ [faqDetailsAttribute]: '' }}
      className="group scroll-mt-4 print:details-content:block print:details-content:[content-visibility:visible]"
    >
      <summary className="cursor-pointer rounded-sm py-4 text-lg font-semibold text-brand-900 group-open:text-ink marker:text-brand-700 hover:underline">
        <span lang={lang}>{faq.question}</span>
      </summary>
      <div className="pb-6 pl-5 print:pl-0">
        <div data-faq-text="">
          <ArticleBody html={faq.html} lang={lang} />
        </div>
        <div className="mt-4 flex flex-wrap items-start gap-3">
          <CopyLinkButton id={faq.id} question={faq.question} locale={locale} />
          <ShareButton
            title={faq.question}
            url={absoluteUrl(site, localePath(locale, faqAnswerPath(faq.id)))}
            context={faq.question}
            locale={locale}
          />
        </div>
      </div>
    </details>
  )
}
