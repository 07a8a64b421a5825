import { buttonClass } from './classes'

/** The copy control's look, shared by the islands' React CopyButton and StaticCopyButton (enhance/copy.ts). */
export const copyClasses = {
  wrapper: 'no-print flex flex-wrap items-center gap-x-3 gap-y-2',
  button: buttonClass({ size: 'small' }),
  status: 'text-sm font-semibold',
  manualLabel: 'flex w-full flex-col gap-1 text-sm',
  manualBox: 'w-full max-w-md rounded-md border-2 border-ink bg-white px-2 py-1 text-base',
} as const
