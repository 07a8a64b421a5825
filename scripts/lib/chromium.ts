// Debian's Chromium, driven by playwright-core: browsers cannot be downloaded here. Shared by the browser tests
// (tests/support/browser/browser.ts), the screenshots and the benchmarks.
import { chromium, type Browser, type BrowserContextOptions } from 'playwright-core'

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/** Flags for Chromium on this machine: no sandbox as root, and no calls home (the network is closed). */
export const chromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: ['--headless', ...chromiumFlags] })
}

export const phone: BrowserContextOptions = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
}
export const desktop: BrowserContextOptions = { viewport: { width: 1280, height: 900 } }
