// The copy button outside islands (no React in the browser): the button waits in a <template> and
// enhance/copy.ts puts it in place of `fallback` (what shows without JavaScript) and makes it work, as the
// islands' React CopyButton (for text they make in the browser) does.
import type { ReactElement, ReactNode } from 'react'
import { copyClasses } from './copy-classes'

type Props = {
  /** What to copy. */
  text?: string
  /** Or a root-relative address, copied with the origin the page was opened from. */
  path?: string
  children: ReactNode
  copiedMessage: string
  manualLabel: string
  /** One element shown without JavaScript, replaced by the button. */
  fallback?: ReactElement
}

export function StaticCopyButton({ text, path, children, copiedMessage, manualLabel, fallback }: Props) {
  return (
    <>
      {fallback}
      <template
        data-copy={text ?? ''}
        data-copy-path={path}
        data-copied={copiedMessage}
        data-manual={manualLabel}
        data-manual-class={copyClasses.manualLabel}
        data-box-class={copyClasses.manualBox}
        data-copy-replaces={fallback ? '' : undefined}
      >
        <div className={copyClasses.wrapper}>
          <button type="button" className={copyClasses.button}>
            {children}
          </button>
          <span role="status" aria-live="polite" className={copyClasses.status} />
        </div>
      </template>
    </>
  )
}
