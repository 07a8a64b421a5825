'use client'
import { useState } from 'react'

/** Copies the summary to the clipboard; where that is not allowed, shows it to copy by hand. */
export function CopySummaryButton({ text }: { text: string }) {
  const [status, setStatus] = useState<'idle' | 'copied' | 'manual'>('idle')
  async function copy() {
    try {
      await navigator.clipboard.writeText(text)
      setStatus('copied')
    } catch {
      setStatus('manual')
    }
  }
  return (
    <div>
      <button type="button" onClick={copy} className="rounded-md border-2 border-brand-700 px-4 py-2 font-semibold text-brand-800">
        Copy a summary
      </button>
      <p role="status" className="mt-2">
        {status === 'copied' && 'Summary copied. You can paste it into a message to the clinic if you wish.'}
      </p>
      {status === 'manual' && (
        <div className="mt-2">
          <label htmlFor="summary-text" className="block font-semibold">
            Your summary (select it and copy)
          </label>
          <textarea id="summary-text" readOnly rows={8} value={text} className="mt-1 w-full rounded border border-muted p-2" onFocus={(e) => e.target.select()} />
        </div>
      )}
    </div>
  )
}
