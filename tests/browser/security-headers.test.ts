// Every response of `next start` carries the security headers, and every page works under them:
// no Content-Security-Policy violation on any route or in the interactive journeys.
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest'
import { isDocumentPath, securityHeaders } from '@/lib/security/headers'
import { documentPaths } from '@/lib/security/page-kinds'
import { parseCsp } from '@/tests/support/parse-csp'
import { desktop, launchBrowser, phone } from '@/tests/support/browser/browser'
import { watchForCspViolations } from '@/tests/support/browser/csp'
import {
  faqCopyLink,
  faqDeepLink,
  faqFilter,
  homeToArticleSection,
  notFound,
  selfCheckToResult,
} from '@/tests/support/browser/journeys'
import { publicRoutes } from '@/tests/support/browser/routes'

const baseUrl = inject('baseUrl')
const pagePaths = publicRoutes()
let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

/** Documents get the documents' Content-Security-Policy; everything else (tools, files, unknown addresses) the tools'. */
function expectSecurityHeaders(response: Response, what: string) {
  const kind = isDocumentPath(new URL(response.url).pathname, documentPaths()) ? 'document' : 'tool'
  for (const { key, value } of securityHeaders({ kind }))
    expect(response.headers.get(key), `${key} on ${what}`).toBe(value)
}

describe('security headers', () => {
  test.each([...pagePaths, '/no-such-page'])('%s carries every header', async (path) => {
    const response = await fetch(`${baseUrl}${path}`)
    expect(response.status).toBe(path === '/no-such-page' ? 404 : 200)
    expectSecurityHeaders(response, path)
  })

  test('so do the scripts, styles, icon and the data fetched when moving between pages', async () => {
    // A tool: documents load no script from /_next/.
    const html = await (await fetch(`${baseUrl}/self-check`)).text()
    const assets = [...html.matchAll(/(?:src|href)="(\/_next\/static\/[^"]+\.(?:js|css))"/g)].map((match) => match[1]!)
    expect(assets.some((asset) => asset.endsWith('.js'))).toBe(true)
    expect(assets.some((asset) => asset.endsWith('.css'))).toBe(true)
    for (const asset of [...new Set(assets)]) {
      const response = await fetch(`${baseUrl}${asset}`)
      expect(response.status, asset).toBe(200)
      expectSecurityHeaders(response, asset)
    }
    for (const [path, init] of [
      ['/icon.svg', {}],
      ['/self-check', { headers: { RSC: '1' } }],
      ['/_next/static/no-such-file.js', {}],
    ] as const) {
      expectSecurityHeaders(await fetch(`${baseUrl}${path}`, init), path)
    }
  })

  test('the policy sent allows no other origin, no eval, no plugins, no framing and no base change', async () => {
    const header = (await fetch(`${baseUrl}/self-check`)).headers.get('content-security-policy') ?? ''
    const csp = parseCsp(header)
    expect(header).not.toContain('unsafe-eval')
    for (const [name, values] of csp) {
      for (const value of values)
        expect(["'self'", "'none'", "'unsafe-inline'", 'data:', 'blob:'], `${name} ${value}`).toContain(value)
    }
    expect(csp.get('object-src')).toEqual(["'none'"])
    expect(csp.get('base-uri')).toEqual(["'self'"])
    expect(csp.get('frame-ancestors')).toEqual(["'none'"])
  })
})

describe('pages work under the policy', () => {
  // The documents (and the 404 page) are loaded at both widths under their policy by documents.test.ts, from
  // next start and the static export: here the tools, under theirs.
  test('no tool logs a violation, on a phone or a desktop', async () => {
    for (const viewport of [phone, desktop]) {
      const context = await browser.newContext(viewport)
      const violations = await watchForCspViolations(context)
      const page = await context.newPage()
      for (const path of pagePaths.filter((route) => !isDocumentPath(route, documentPaths())))
        await page.goto(`${baseUrl}${path}`, { waitUntil: 'networkidle' })
      expect(violations).toEqual([])
      await context.close()
    }
  })

  test.each([
    ['home → article → section', homeToArticleSection],
    ['FAQ deep link', faqDeepLink],
    ['FAQ search', faqFilter],
    ['FAQ copy link', faqCopyLink],
    ['self-check to a result', selfCheckToResult],
    ['404', notFound],
  ] as const)('%s: no violation', async (_, journey) => {
    const context = await browser.newContext(desktop)
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl })
    const violations = await watchForCspViolations(context)
    await journey(await context.newPage(), baseUrl)
    expect(violations).toEqual([])
    await context.close()
  })
})
