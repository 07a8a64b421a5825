// One copy button for the whole site: copies text, says so in a polite live region, and where the
// browser will not copy (no clipboard, or permission refused) shows the text selected in a read-only
// box to copy by hand. Before JavaScript runs it shows `fallback` (nothing by default).
import { useEffect, useRef, useState, type ReactNode } from 'react'
import { useHydrated } from '@/components/ui/useHydrated'
import { copiedMessageMs, copyText } from '@/lib/clipboard'
import { copyClasses } from './copy-classes'

type State = { kind: 'idle' } | { kind: 'copied' } | { kind: 'manual'; text: string }

type Props = {
  /** What to copy; a function when it depends on the browser (e.g. the page's own address). */
  text: string | (() => string)
  /** The button's content; add an sr-only part when the visible words alone are ambiguous. */
  children: ReactNode
  /** Announced and shown after copying, e.g. "Link copied". */
  copiedMessage: string
  /** Label of the box shown when copying is not possible, e.g. "Copy this link:". */
  manualLabel: string
  /** Show the by-hand box as a textarea, for text with line breaks. */
  multiline?: boolean
  fallback?: ReactNode
  className?: string
}

export function CopyButton({
  text,
  children,
  copiedMessage,
  manualLabel,
  multiline = false,
  fallback = null,
  className,
}: Props) {
  const hydrated = useHydrated()
  const [state, setState] = useState<State>({ kind: 'idle' })
  const boxRef = useRef<HTMLInputElement & HTMLTextAreaElement>(null)

  useEffect(() => {
    if (state.kind === 'copied') {
      const timer = setTimeout(() => setState({ kind: 'idle' }), copiedMessageMs)
      return () => clearTimeout(timer)
    }
    if (state.kind === 'manual') {
      boxRef.current?.focus()
      boxRef.current?.select()
    }
  }, [state])

  if (!hydrated) return fallback

  const copy = async () => {
    const value = typeof text === 'function' ? text() : text
    setState((await copyText(value)) ? { kind: 'copied' } : { kind: 'manual', text: value })
  }

  const boxProps = {
    ref: boxRef,
    readOnly: true,
    value: state.kind === 'manual' ? state.text : '',
    onFocus: (event: { currentTarget: HTMLInputElement | HTMLTextAreaElement }) => event.currentTarget.select(),
    className: copyClasses.manualBox,
  }

  return (
    <div className={`${copyClasses.wrapper} ${className ?? ''}`}>
      <button type="button" onClick={copy} className={copyClasses.button}>
        {children}
      </button>
      <span role="status" aria-live="polite" className={copyClasses.status}>
        {state.kind === 'copied' ? copiedMessage : ''}
      </span>
      {state.kind === 'manual' && (
        <label className={copyClasses.manualLabel}>
          <span>{manualLabel}</span>
          {multiline ? <textarea rows={8} {...boxProps} /> : <input type="text" {...boxProps} />}
        </label>
      )}
    </div>
  )
}
