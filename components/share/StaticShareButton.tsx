// "Share" on documents (pages/, no React in the browser): the menu works without JavaScript, and
// enhance/share.ts and enhance/copy.ts turn it into the share sheet's button or a working Copy link.
import { StaticCopyButton } from '@/components/ui/StaticCopyButton'
import type { Locale } from '@/lib/i18n/locales'
import { shareWords } from '@/lib/i18n/words/share'
import { LinkText, ShareMenu, type ShareProps } from './ShareMenu'

/** A server component: it looks its words up in the page's language. */
export function StaticShareButton({ locale, ...props }: Omit<ShareProps, 'words'> & { locale: Locale }) {
  const words = shareWords[locale]
  return (
    <ShareMenu
      {...props}
      words={words}
      enhanced
      copy={
        <StaticCopyButton
          text={props.url}
          copiedMessage={words.linkCopied}
          manualLabel={words.copyThisLink}
          fallback={<LinkText url={props.url} words={words} />}
        >
          {words.copyLink}
        </StaticCopyButton>
      }
    />
  )
}
