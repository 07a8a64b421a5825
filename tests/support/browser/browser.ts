// Chromium for the browser tests: launching it is shared with scripts/ (scripts/lib/chromium.ts).
import type { Page } from 'playwright-core'

export { chromiumFlags, chromiumPath, desktop, launchBrowser, phone } from '@/scripts/lib/chromium'

/** Collects console errors and failed page errors, so a test can assert there were none. */
export function watchForErrors(page: Page): string[] {
  const errors: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text())
  })
  page.on('pageerror', (error) => errors.push(error.message))
  return errors
}
