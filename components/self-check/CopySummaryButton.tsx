'use client'
import { CopyButton } from '@/components/ui/CopyButton'

/** Copies the summary to the clipboard; where that is not allowed, shows it to copy by hand. */
export function CopySummaryButton({ text }: { text: string }) {
  return (
    <CopyButton
      text={text}
      multiline
      copiedMessage="Summary copied. You can paste it into a message to the clinic if you wish."
      manualLabel="Your summary (select it and copy)"
    >
      Copy a summary
    </CopyButton>
  )
}
