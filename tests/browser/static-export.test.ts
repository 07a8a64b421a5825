// The static build (npm run build:static → out/) served by a plain static file server (sirv, with the
// headers of deploy/): every page is there under its usual address, every link and asset it points
// to exists, and the main journeys work with no error, no failed request and no CSP violation.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { getSite } from '@/lib/content'
import { layoutWords } from '@/lib/i18n/words/layout'
import { isDocumentPath, securityHeaders } from '@/lib/security/headers'
import { documentPaths } from '@/lib/security/page-kinds'
import { startStaticServer, staticDir, type StaticServer } from '../../scripts/static/lib/static-server'
import { desktop, launchBrowser, phone, watchForErrors } from '@/tests/support/browser/browser'
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

let server: StaticServer
let browser: Browser

beforeAll(async () => {
  server = await startStaticServer()
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

const paths = publicRoutes()

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return entry.name === '_next' ? [] : htmlFiles(path)
    return entry.name.endsWith('.html') ? [path] : []
  })
}

/** Every same-site address a page points to: links, scripts, styles, icons and preview images. */
function localUrls(html: string): string[] {
  const site = getSite().url
  const urls = [...html.matchAll(/\s(?:href|src|content)="([^"]+)"/g)].map((match) =>
    match[1]!.replaceAll('&amp;', '&'),
  )
  return urls
    .map((url) => (url.startsWith(site) ? url.slice(site.length) || '/' : url))
    .filter((url) => url.startsWith('/') && !url.startsWith('//'))
    .map((url) => url.split('#')[0]!)
    .filter(Boolean)
}

describe('static export in out/', () => {
  test.each(paths)('%s is served at its usual address with the security headers', async (path) => {
    const response = await fetch(`${server.baseUrl}${path}`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^text\/html/)
    const kind = isDocumentPath(path, documentPaths()) ? 'document' : 'tool'
    for (const { key, value } of securityHeaders({ kind })) expect(response.headers.get(key), key).toBe(value)
    expect(await response.text()).toBe(
      readFileSync(join(staticDir, path === '/' ? 'index.html' : `${path.slice(1)}.html`), 'utf8'),
    )
  })

  test("an unknown address gets the site's 404 page with a 404 status", async () => {
    const response = await fetch(`${server.baseUrl}/no-such-page`)
    expect(response.status).toBe(404)
    expect(await response.text()).toContain(layoutWords.en.notFound.title)
  })

  test('an unknown Hindi address gets the Hindi 404 page (out/hi/404.html) with a 404 status', async () => {
    const response = await fetch(`${server.baseUrl}/hi/no-such-page`)
    expect(response.status).toBe(404)
    const html = await response.text()
    expect(html).toContain('<html lang="hi"')
    expect(html).toContain(layoutWords.hi.notFound.title)
    expect(existsSync(join(staticDir, 'hi', 'not-found.html'))).toBe(false)
  })

  test('every page, file and image the pages point to exists', async () => {
    const files = htmlFiles(staticDir)
    expect(files.length).toBeGreaterThanOrEqual(paths.length)
    const checked = new Map<string, number>()
    const broken: string[] = []
    for (const file of files) {
      for (const url of localUrls(readFileSync(file, 'utf8'))) {
        if (!checked.has(url)) checked.set(url, (await fetch(`${server.baseUrl}${url}`)).status)
        if (checked.get(url) !== 200) broken.push(`${relative(staticDir, file)} → ${url} (${checked.get(url)})`)
      }
    }
    expect(broken).toEqual([])
    expect(checked.size).toBeGreaterThan(paths.length)
  })

  test('link previews point to PNG images that exist', async () => {
    const html = readFileSync(join(staticDir, 'index.html'), 'utf8')
    const images = [...html.matchAll(/<meta property="og:image" content="([^"]+)"/g)].map(
      (match) => new URL(match[1]!).pathname,
    )
    expect(images.length).toBeGreaterThan(0)
    for (const image of images) {
      const response = await fetch(`${server.baseUrl}${image}`)
      expect(response.status, image).toBe(200)
      expect(response.headers.get('content-type'), image).toBe('image/png')
      expect([...new Uint8Array(await response.arrayBuffer()).slice(1, 4)], image).toEqual([...Buffer.from('PNG')])
    }
  })
})

describe('journeys on the static site', () => {
  /** A fresh context that records errors, failed requests and CSP violations. */
  async function watched(viewport = desktop) {
    const context: BrowserContext = await browser.newContext(viewport)
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.baseUrl })
    const violations = await watchForCspViolations(context)
    const failed: string[] = []
    context.on('response', (response) => {
      if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`)
    })
    const page: Page = await context.newPage()
    const errors = watchForErrors(page)
    return { context, page, violations, failed, errors }
  }

  test.each([
    ['home → article → section (phone)', homeToArticleSection, phone],
    ['home → article → section (desktop)', homeToArticleSection, desktop],
    ['FAQ deep link', faqDeepLink, phone],
    ['FAQ search', faqFilter, desktop],
    ['FAQ copy link', faqCopyLink, desktop],
    ['self-check to a result', selfCheckToResult, phone],
  ] as const)('%s', async (_, journey, viewport) => {
    const { context, page, violations, failed, errors } = await watched(viewport)
    await journey(page, server.baseUrl)
    expect(failed).toEqual([])
    expect(errors).toEqual([])
    expect(violations).toEqual([])
    await context.close()
  })

  test('404: the only failure is the page itself', async () => {
    const { context, page, violations, failed, errors } = await watched()
    await notFound(page, server.baseUrl)
    expect(failed).toEqual([`404 ${server.baseUrl}/no-such-page`])
    expect(errors.filter((error) => !error.includes('404'))).toEqual([])
    expect(violations).toEqual([])
    await context.close()
  })
})
