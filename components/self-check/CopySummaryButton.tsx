import { CopyButton } from '@/components/ui/CopyButton'
import type { SelfCheckWords } from '@/lib/i18n/words/self-check'

type Props = { text: string; words: Pick<SelfCheckWords['result'], 'copy' | 'copied' | 'copyManually'> }

/** Copies the summary to the clipboard; where that is not allowed, shows it to copy by hand. */
export function CopySummaryButton({ text, words }: Props) {
  return (
    <CopyButton text={text} multiline copiedMessage={words.copied} manualLabel={words.copyManually}>
      {words.copy}
    </CopyButton>
  )
}
