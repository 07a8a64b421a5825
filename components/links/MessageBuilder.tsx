// Builds the message staff send: the ticked links in page order between the clinic's greeting and
// sign-off, to copy or to open in WhatsApp or an email. The staff page's island (message-builder-island.tsx): it
// needs JavaScript, so it is in the server HTML (the page does not shift when JavaScript starts) but hidden where
// scripting is off (.js-only). It enables the page's checkboxes (LinkSelection.tsx) and follows them.
import { useCallback, useEffect, useMemo, useRef, useSyncExternalStore } from 'react'
import { CopyButton } from '@/components/ui/CopyButton'
import {
  composeMessage,
  emailMessageHref,
  whatsappMessageHref,
  type MessageLink,
  type MessageSettings,
} from '@/lib/links/message'
import { isLinkCheckbox, linkCheckboxes } from './LinkSelection'
import { buttonClass, linkClass } from '@/components/ui/classes'
import { linksPageSectionIds } from '@/lib/routes'

/** Past about this length some mail and chat apps cut a pre-filled message short. */
const longLinkLength = 2000

const subscribe = (onChange: () => void) => {
  const listener = (event: Event) => {
    if (isLinkCheckbox(event.target)) onChange()
  }
  document.addEventListener('change', listener)
  return () => document.removeEventListener('change', listener)
}
/** The ticked addresses in page order, one per line: a string, so React can tell when it changed. */
const tickedNow = () =>
  linkCheckboxes()
    .filter((box) => box.checked)
    .map((box) => box.value)
    .join('\n')

/**
 * The ticked links' addresses, kept in step with the page's checkboxes, which it enables once it runs (a browser
 * going back to the page may have kept some ticks: they count).
 */
function useTickedLinks() {
  const ticked = useSyncExternalStore(subscribe, tickedNow, () => '')
  const selected = useMemo(() => new Set(ticked.split('\n').filter(Boolean)), [ticked])
  useEffect(() => {
    for (const box of linkCheckboxes()) box.disabled = false
  }, [])
  const clear = useCallback(() => {
    for (const box of linkCheckboxes().filter((box) => box.checked)) {
      box.checked = false
      box.dispatchEvent(new Event('change', { bubbles: true }))
    }
  }, [])
  return { selected, clear }
}

export function MessageBuilder({ links, settings }: { links: MessageLink[]; settings: MessageSettings }) {
  const { selected, clear } = useTickedLinks()
  const headingRef = useRef<HTMLHeadingElement>(null)
  const chosen = links.filter((link) => selected.has(link.url))
  const message = composeMessage(chosen, settings)
  const whatsapp = whatsappMessageHref(message)
  const email = emailMessageHref(settings.emailSubject, message)
  const count = `${chosen.length} ${chosen.length === 1 ? 'link' : 'links'}`

  return (
    <section
      aria-labelledby={linksPageSectionIds.message}
      className="js-only no-print rounded-md border-2 border-brand-700 bg-white p-4"
    >
      <h2 id={linksPageSectionIds.message} ref={headingRef} tabIndex={-1} className="text-xl font-semibold">
        Make a message
      </h2>
      <p role="status" className="mt-1 text-sm">
        {chosen.length === 0 ? 'Tick pages or sections to add their links.' : `${count} in the message.`}
      </p>
      <label htmlFor="message-text" className="mt-3 block font-semibold">
        Message to send
      </label>
      <textarea
        id="message-text"
        readOnly
        rows={10}
        value={message}
        className="mt-1 w-full rounded-md border-2 border-muted bg-brand-50 p-2 text-sm"
      />
      {chosen.length > 0 && (
        <>
          <div className="mt-3 space-y-3">
            <CopyButton text={message} copiedMessage="Message copied" manualLabel="Copy this message:" multiline>
              Copy message
            </CopyButton>
            <div className="flex flex-wrap gap-3">
              <a
                href={whatsapp}
                target="_blank"
                rel="noreferrer"
                className={buttonClass({ variant: 'strong', size: 'small' }, 'inline-block')}
              >
                Open in WhatsApp <span className="sr-only">(opens in a new tab)</span>
              </a>
              <a href={email} className={buttonClass({ size: 'small' }, 'inline-block')}>
                Open in email
              </a>
            </div>
            <button
              type="button"
              onClick={() => {
                clear()
                headingRef.current?.focus()
              }}
              className={linkClass('text', 'text-sm')}
            >
              Clear ticks
            </button>
          </div>
          {Math.max(whatsapp.length, email.length) > longLinkLength && (
            <p className="mt-2 text-sm">
              This is a long message: if an app cuts it short, copy the message and paste it instead.
            </p>
          )}
        </>
      )}
    </section>
  )
}
