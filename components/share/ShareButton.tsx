// "Share" on every page: a native <details> menu with WhatsApp, email and copy-link choices, which works without
// JavaScript. enhance/share.ts swaps it for the one button in its <template> where the browser has a share sheet
// (Web Share API), and enhance/copy.ts makes "Copy link" work. No React in the browser: on the self-check it is a
// slot of the island (components/islands/define.ts), so the same script enhances it.
import { StaticCopyButton } from '@/components/ui/StaticCopyButton'
import { buttonClass, linkClass } from '@/components/ui/classes'
import { fill } from '@/lib/i18n/fill'
import type { Locale } from '@/lib/i18n/locales'
import { shareWords } from '@/lib/i18n/words/share'
import { shareLinks, type Shareable } from '@/lib/share/links'

type Props = Shareable & {
  /** Visible label, e.g. "Share this page"; the language's "Share" when not given. */
  label?: string
  /** Screen-reader context when the label alone is ambiguous, e.g. the question being shared. */
  context?: string
  locale: Locale
}

const shareControlClass = buttonClass({ size: 'small' }, 'inline-flex cursor-pointer items-center gap-2')

const ShareContext = ({ context }: { context?: string }) =>
  context ? <span className="sr-only">: “{context}”</span> : null

export function ShareButton({ title, url, label, context, locale }: Props) {
  const words = shareWords[locale]
  const name = label ?? words.share
  const links = shareLinks({ title, url })
  return (
    <details className="no-print group" data-share-title={title} data-share-url={url}>
      <summary className={`${shareControlClass} list-none [&::-webkit-details-marker]:hidden`}>
        {name}
        <ShareContext context={context} />
        <span aria-hidden="true" className="text-xs group-open:rotate-180">
          ▾
        </span>
      </summary>
      <ul className="mt-2 flex flex-wrap items-start gap-x-4 gap-y-2 rounded-md border border-brand-100 bg-brand-50 p-3 text-sm">
        <li>
          <a className={linkClass('strong')} href={links.whatsapp}>
            {words.whatsapp}
            <span className="sr-only">{words.whatsappHint}</span>
          </a>
        </li>
        <li>
          <a className={linkClass('strong')} href={links.email}>
            {words.email}
            <span className="sr-only">{words.emailHint}</span>
          </a>
        </li>
        <li>
          <StaticCopyButton
            text={url}
            copiedMessage={words.linkCopied}
            manualLabel={words.copyThisLink}
            fallback={<span className="break-all">{fill(words.link, { url })}</span>}
          >
            {words.copyLink}
          </StaticCopyButton>
        </li>
      </ul>
      <template data-share-native="">
        <button type="button" className={`no-print ${shareControlClass}`}>
          {name}
          <ShareContext context={context} />
        </button>
      </template>
    </details>
  )
}
