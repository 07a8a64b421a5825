/** How long a "copied" message stays on screen (the tools' React CopyButton uses the same). */
export const messageMs = 5000

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

/** Copies text; false where the browser has no clipboard or refuses. */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard?.writeText) return false
    await navigator.clipboard.writeText(text)
    return true
  } catch {
    return false
  }
}
