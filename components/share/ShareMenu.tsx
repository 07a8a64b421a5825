// The Share control's markup, for both kinds of page: a native <details> menu with WhatsApp, email and
// copy-link choices, which works without JavaScript. The tools' React ShareButton shows it when there is
// no share sheet; on documents (StaticShareButton) enhance/share.ts swaps it for the button in its
// <template> where the browser has a share sheet (Web Share API).
// Client code (the tools' ShareButton imports it): the words come in as a prop, never from the dictionary.
import type { ReactNode } from 'react'
import { fill } from '@/lib/i18n/fill'
import type { ShareWords } from '@/lib/i18n/words/share'
import { shareLinks, type Shareable } from '@/lib/share/links'
import { buttonClass, linkClass } from '@/components/ui/classes'

export type { ShareWords }

export type ShareProps = Shareable & {
  /** The menu's words in the page's language: `shareWords[locale]` (lib/i18n/words/share.ts). */
  words: ShareWords
  /** Visible label, e.g. "Share this page"; `words.share` when not given. */
  label?: string
  /** Screen-reader context when the label alone is ambiguous, e.g. the question being shared. */
  context?: string
}

export const shareControlClass = buttonClass({ size: 'small' }, 'inline-flex cursor-pointer items-center gap-2')

export const ShareContext = ({ context }: { context?: string }) =>
  context ? <span className="sr-only">: “{context}”</span> : null

/** The one button that opens the share sheet. */
export function NativeShareButton({
  label,
  context,
  onClick,
}: Pick<ShareProps, 'context'> & { label: string; onClick?: () => void }) {
  return (
    <button type="button" onClick={onClick} className={`no-print ${shareControlClass}`}>
      {label}
      <ShareContext context={context} />
    </button>
  )
}

type MenuProps = ShareProps & {
  open?: boolean
  /** The copy-link control of the menu's last item. */
  copy: ReactNode
  /** Documents: the data and the native button enhance/share.ts needs. */
  enhanced?: boolean
}

export function ShareMenu({
  title,
  url,
  words,
  label = words.share,
  context,
  open,
  copy,
  enhanced = false,
}: MenuProps) {
  const links = shareLinks({ title, url })
  return (
    <details
      className="no-print group"
      open={open || undefined}
      data-share-title={enhanced ? title : undefined}
      data-share-url={enhanced ? url : undefined}
    >
      <summary className={`${shareControlClass} list-none [&::-webkit-details-marker]:hidden`}>
        {label}
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
        <li>{copy}</li>
      </ul>
      {enhanced && (
        <template data-share-native="">
          <NativeShareButton label={label} context={context} />
        </template>
      )}
    </details>
  )
}

/** What shows for "Copy link" before (or without) JavaScript. */
export const LinkText = ({ url, words }: { url: string; words: ShareWords }) => (
  <span className="break-all">{fill(words.link, { url })}</span>
)
