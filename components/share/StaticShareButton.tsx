// "Share" on documents (pages/, no React in the browser): the menu works without JavaScript, and
// enhance/share.ts and enhance/copy.ts turn it into the share sheet's button or a working Copy link.
import { StaticCopyButton } from '@/components/ui/StaticCopyButton'
import { LinkText, ShareMenu, type ShareProps } from './ShareMenu'

export function StaticShareButton(props: ShareProps) {
  return (
    <ShareMenu
      {...props}
      enhanced
      copy={
        <StaticCopyButton
          text={props.url}
          copiedMessage="Link copied"
          manualLabel="Copy this link:"
          fallback={<LinkText url={props.url} />}
        >
          Copy link
        </StaticCopyButton>
      }
    />
  )
}
