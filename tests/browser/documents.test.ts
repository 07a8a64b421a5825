// Documents (the home page, every article, the FAQ and the 404 page; README "Folders") carry no framework
// JavaScript, from `next start` and from the static export alike: no script from /_next/, no inline script
// (JSON-LD data aside), no script preload, only the enhancement script within its 4 KB budget, under the
// documents' Content-Security-Policy, with no violation. If a Next upgrade brings the runtime back
// (e.g. stops honouring `unstable_runtimeJS: false`), this fails and says so.
import { gzipSync } from 'node:zlib'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest'
import { enhancementBudgetBytes } from '@/lib/enhance/bundle'
import { contentSecurityPolicy } from '@/lib/security/headers'
import { parseCsp } from '@/tests/support/parse-csp'
import { localeOfPath } from '@/lib/i18n/locales'
import { documentPaths } from '@/lib/security/page-kinds'
import { inlineScripts, scriptPreloads, scriptsInHtml } from '../../scripts/bench/lib/first-load-js'
import { startStaticServer, type StaticServer } from '../../scripts/static/lib/static-server'
import { desktop, launchBrowser, phone } from '@/tests/support/browser/browser'
import { watchForCspViolations } from '@/tests/support/browser/csp'

const notFoundPaths = ['/no-such-page', '/hi/no-such-page']
const paths = [...documentPaths(), ...notFoundPaths]
// In the browser, every English document and a sample of the Hindi ones (home, an article with the most
// parts, the FAQ, the 404): the Hindi pages are the same components, and tests/browser/hindi.test.ts opens
// every one of them and fails on any console error, a CSP violation included.
const hindiSample = ['/hi', '/hi/aftercare', '/hi/faq', '/hi/no-such-page']
const browserPaths = [...paths.filter((path) => localeOfPath(path) === 'en'), ...hindiSample]
const runtimeBack =
  "Next's runtime is back on a document: check that pages/ still set `config = { unstable_runtimeJS: false }` and that this Next version honours it"

let staticServer: StaticServer
let browser: Browser
const servers: Record<string, () => string> = {
  'next start': () => inject('baseUrl'),
  'static export': () => staticServer.baseUrl,
}

beforeAll(async () => {
  staticServer = await startStaticServer()
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
  await staticServer?.stop()
})

describe.each(Object.keys(servers))('documents from %s', (serverName) => {
  const baseUrl = () => servers[serverName]!()

  test.each(paths)('%s: HTML and CSS, and only the enhancement script', async (path) => {
    const response = await fetch(`${baseUrl()}${path}`)
    expect(response.status).toBe(notFoundPaths.includes(path) ? 404 : 200)
    const html = await response.text()
    const scripts = scriptsInHtml(html)
    expect(
      scripts.filter((src) => src.startsWith('/_next/')),
      runtimeBack,
    ).toEqual([])
    expect(html.includes('self.__next_f') || html.includes('__NEXT_DATA__'), runtimeBack).toBe(false)
    expect(inlineScripts(html), 'inline scripts (only JSON-LD data may be inline)').toEqual([])
    expect(scriptPreloads(html), 'script preloads').toEqual([])
    // One module script, the bundle of enhance/, as a module (deferred, never blocking).
    expect(scripts).toHaveLength(1)
    expect(scripts[0]).toMatch(/^\/assets\/enhance-[\w]+\.js$/)
    expect(html).toContain(`<script type="module" src="${scripts[0]}"></script>`)
    const bundle = await fetch(`${baseUrl()}${scripts[0]}`)
    expect(bundle.status).toBe(200)
    expect(bundle.headers.get('content-type')).toMatch(/javascript/)
    const gzipBytes = gzipSync(Buffer.from(await bundle.arrayBuffer()), { level: 9 }).length
    expect(gzipBytes, `enhancements: ${gzipBytes} bytes gzipped`).toBeLessThanOrEqual(enhancementBudgetBytes)
  })

  test.each(documentPaths())("%s: sent with the documents' policy, no inline script allowed", async (path) => {
    const header = (await fetch(`${baseUrl()}${path}`)).headers.get('content-security-policy') ?? ''
    expect(header).toBe(contentSecurityPolicy({ kind: 'document' }))
    expect(parseCsp(header).get('script-src')).toEqual(["'self'"])
  })

  test('no document logs a CSP violation or loads a script from /_next/, on a phone or a desktop', async () => {
    for (const viewport of [phone, desktop]) {
      const context = await browser.newContext(viewport)
      const violations = await watchForCspViolations(context)
      const page = await context.newPage()
      const scripts: string[] = []
      page.on('request', (request) => {
        if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname)
      })
      for (const path of browserPaths) await page.goto(`${baseUrl()}${path}`, { waitUntil: 'networkidle' })
      expect(violations).toEqual([])
      expect(
        scripts.filter((src) => !src.startsWith('/assets/enhance-')),
        runtimeBack,
      ).toEqual([])
      await context.close()
    }
  })
})
