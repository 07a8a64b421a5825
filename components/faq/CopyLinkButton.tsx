'use client'
// "Copy link" for one answer. The server HTML (and a browser without JavaScript) gets a plain link to
// the answer instead, which can be copied like any link.
import { CopyButton } from '@/components/ui/CopyButton'
import { staticRoutes } from '@/lib/routes'

export const answerUrl = (origin: string, id: string) => `${origin}${staticRoutes.faq}#${id}`

export function CopyLinkButton({ id, question }: { id: string; question: string }) {
  return (
    <CopyButton
      text={() => answerUrl(window.location.origin, id)}
      copiedMessage="Link copied"
      manualLabel="Copy this link:"
      fallback={
        <a href={`#${id}`} className="no-print text-brand-800 underline">
          Link to this answer<span className="sr-only">: “{question}”</span>
        </a>
      }
    >
      Copy link <span className="sr-only">to “{question}”</span>
    </CopyButton>
  )
}
