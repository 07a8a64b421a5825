// "Is something wrong or unclear on this page? Tell us": at the end of every document, a mailto: link whose
// subject and body carry the page's title and address in the page's language. Without JavaScript that is all;
// enhance/feedback.ts adds the section the reader is at (the address's #id) and, on the 404 page, the
// address that was not found.
import { fillNodes } from '@/components/article/fill-nodes'
import { linkClass } from '@/components/ui/classes'
import { feedbackHref, type FeedbackLinkData } from '@/lib/feedback/mail'
import type { Locale } from '@/lib/i18n/locales'
import { feedbackWords } from '@/lib/i18n/words/feedback'
import { pageFeedbackId } from '@/lib/routes'
import { absoluteUrl } from '@/lib/site/contact'
import type { SiteSettings } from '@/lib/site/schema'

type Props = {
  site: Pick<SiteSettings, 'email' | 'url'>
  locale: Locale
  /** The page's title as the reader sees it (its h1). */
  title: string
  /** The page's address with its language prefix ("/hi/aftercare"); none on the 404 page, which has no address. */
  path?: string
  className?: string
}

export function PageFeedback({ site, locale, title, path, className = '' }: Props) {
  const words = feedbackWords[locale]
  const url = path === undefined ? undefined : absoluteUrl(site, path)
  const data: FeedbackLinkData = {
    email: site.email,
    words: { subject: words.subject, body: words.body },
    title,
    ...(url ? { url } : {}),
  }
  return (
    <p id={pageFeedbackId} className={`no-print mt-8 text-sm ${className}`}>
      {fillNodes(words.prompt, {
        link: (
          <a
            className={linkClass()}
            href={feedbackHref(site.email, data.words, { title, url })}
            data-feedback={JSON.stringify(data)}
          >
            {words.link}
          </a>
        ),
      })}
    </p>
  )
}
