// "Copy link" for one answer. Without JavaScript a plain link to the answer shows instead, which can be
// copied like any link; enhance/copy.ts swaps in the button, which copies the address the page was
// opened from.
import { fillNodes } from '@/components/article/fill-nodes'
import { StaticCopyButton } from '@/components/ui/StaticCopyButton'
import { linkClass } from '@/components/ui/classes'
import { fill } from '@/lib/i18n/fill'
import { localePath, type Locale } from '@/lib/i18n/locales'
import { faqWords } from '@/lib/i18n/words/faq'
import { shareWords } from '@/lib/i18n/words/share'
import { faqAnswerPath, hash } from '@/lib/routes'

/** Kept under its old name for its callers and tests. */
export const answerPath = faqAnswerPath

export function CopyLinkButton({ id, question, locale }: { id: string; question: string; locale: Locale }) {
  const words = faqWords[locale].copyLink
  const share = shareWords[locale]
  return (
    <StaticCopyButton
      path={localePath(locale, answerPath(id))}
      copiedMessage={share.linkCopied}
      manualLabel={share.copyThisLink}
      fallback={
        <a href={hash(id)} className={linkClass('text', 'no-print')}>
          {words.fallback}
          <span className="sr-only">: “{question}”</span>
        </a>
      }
    >
      {fillNodes(words.name, {
        button: words.button,
        context: <span className="sr-only">{fill(words.context, { question })}</span>,
      })}
    </StaticCopyButton>
  )
}
