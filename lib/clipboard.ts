// The one clipboard call, for the islands' React CopyButton and the framework-free
// enhancements (enhance/) alike. No React, nothing but the browser's own API.

/** How long a "copied" message stays on screen, wherever something is copied. */
export const copiedMessageMs = 5000

/** Copies text; false, never an error, where the browser has no clipboard or refuses. */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard?.writeText) return false
    await navigator.clipboard.writeText(text)
    return true
  } catch {
    return false
  }
}
