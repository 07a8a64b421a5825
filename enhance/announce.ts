import { copiedMessageMs } from '@/lib/clipboard'

/** How long a message stays on screen: as long as the islands' React CopyButton shows "copied". */
export const messageMs = copiedMessageMs

/** Puts a message in a live region and clears it after a while; a new message restarts the clock. */
export function announcer(region: Element, onChange?: (message: string) => void) {
  let timer: ReturnType<typeof setTimeout> | undefined
  return (message: string) => {
    clearTimeout(timer)
    region.textContent = message
    onChange?.(message)
    if (message) {
      timer = setTimeout(() => {
        region.textContent = ''
        onChange?.('')
      }, messageMs)
    }
  }
}
