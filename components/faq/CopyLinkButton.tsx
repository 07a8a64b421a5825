// "Copy link" for one answer. Without JavaScript a plain link to the answer shows instead, which can be
// copied like any link; enhance/copy.ts swaps in the button, which copies the address the page was
// opened from.
import { StaticCopyButton } from '@/components/ui/StaticCopyButton'
import { linkClass } from '@/components/ui/classes'
import { faqAnswerPath, hash } from '@/lib/routes'

/** Kept under its old name for its callers and tests. */
export const answerPath = faqAnswerPath

export function CopyLinkButton({ id, question }: { id: string; question: string }) {
  return (
    <StaticCopyButton
      path={answerPath(id)}
      copiedMessage="Link copied"
      manualLabel="Copy this link:"
      fallback={
        <a href={hash(id)} className={linkClass('text', 'no-print')}>
          Link to this answer<span className="sr-only">: “{question}”</span>
        </a>
      }
    >
      Copy link <span className="sr-only">to “{question}”</span>
    </StaticCopyButton>
  )
}
