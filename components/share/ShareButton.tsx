'use client'
// "Share": the phone's own share sheet where the browser has one (Web Share API); otherwise, and
// before JavaScript runs, a native <details> menu with WhatsApp, email and copy-link choices.
import { useState } from 'react'
import { useHydrated } from '@/components/ui/useHydrated'
import { CopyButton } from '@/components/ui/CopyButton'
import { shareLinks, type Shareable } from '@/lib/share/links'

type Props = Shareable & {
  /** Visible label, e.g. "Share this page" or "Share". */
  label?: string
  /** Screen-reader context when the label alone is ambiguous, e.g. the question being shared. */
  context?: string
}

const controlClass =
  'inline-flex cursor-pointer items-center gap-2 rounded-md border-2 border-brand-700 bg-white px-3 py-1.5 text-sm font-semibold text-brand-800 hover:bg-brand-50'

const canShareNatively = () => typeof navigator !== 'undefined' && typeof navigator.share === 'function'

export function ShareButton({ title, url, label = 'Share', context }: Props) {
  const hydrated = useHydrated()
  // After a failed native share (not a cancel), offer the other ways instead.
  const [nativeFailed, setNativeFailed] = useState(false)
  const srContext = context ? <span className="sr-only">: “{context}”</span> : null

  if (hydrated && canShareNatively() && !nativeFailed) {
    const share = async () => {
      try {
        await navigator.share({ title, url })
      } catch (error) {
        if ((error as Error).name !== 'AbortError') setNativeFailed(true)
      }
    }
    return (
      <button type="button" onClick={share} className={`no-print ${controlClass}`}>
        {label}
        {srContext}
      </button>
    )
  }

  const links = shareLinks({ title, url })
  return (
    <details className="no-print group" open={nativeFailed || undefined}>
      <summary className={`${controlClass} list-none [&::-webkit-details-marker]:hidden`}>
        {label}
        {srContext}
        <span aria-hidden="true" className="text-xs group-open:rotate-180">▾</span>
      </summary>
      <ul className="mt-2 flex flex-wrap items-start gap-x-4 gap-y-2 rounded-md border border-brand-100 bg-brand-50 p-3 text-sm">
        <li>
          <a className="font-semibold text-brand-800 underline" href={links.whatsapp}>
            WhatsApp<span className="sr-only"> (opens WhatsApp with the link)</span>
          </a>
        </li>
        <li>
          <a className="font-semibold text-brand-800 underline" href={links.email}>
            Email<span className="sr-only"> (opens a new email with the link)</span>
          </a>
        </li>
        <li>
          <CopyButton
            text={url}
            copiedMessage="Link copied"
            manualLabel="Copy this link:"
            fallback={<span className="break-all">Link: {url}</span>}
          >
            Copy link
          </CopyButton>
        </li>
      </ul>
    </details>
  )
}
