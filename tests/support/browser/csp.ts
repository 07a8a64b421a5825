import type { BrowserContext } from 'playwright-core'

/**
 * Collects every Content-Security-Policy violation in the context's pages: the DOM's
 * `securitypolicyviolation` events (which fire even when a script catches the error, e.g. a library
 * probing for eval) and the console messages Chromium logs for blocked resources.
 */
export async function watchForCspViolations(context: BrowserContext): Promise<string[]> {
  const violations: string[] = []
  await context.exposeBinding('__reportCspViolation', ({ page }, text: string) =>
    violations.push(`${page.url()}: ${text}`),
  )
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __reportCspViolation: (text: string) => void }).__reportCspViolation
      report(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} ${event.sample}`.trim())
    })
  })
  context.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(`console: ${message.text()}`)
  })
  return violations
}
