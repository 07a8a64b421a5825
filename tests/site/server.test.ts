// The static build as `npm start` serves it (the same rules Netlify and Cloudflare Pages read from out/_headers
// and out/_redirects): every page at its usual address with its kind's headers, each language's 404 page, the
// build's own files, and every address a page points to. No browser: fetch against the server, in seconds.
import { readFileSync } from 'node:fs'
import { relative } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { getSite } from '@/lib/content'
import { defaultCacheControl } from '@/lib/deploy/headers-file'
import { layoutWords } from '@/lib/i18n/words/layout'
import { locales } from '@/lib/i18n/locales'
import { staffLinksPathFor } from '@/lib/links/directory'
import { cachePolicies, securityHeaders } from '@/lib/security/headers'
import { startStaticServer, staticDir, type StaticServer } from '@/scripts/static/lib/static-server'
import { builtPages, htmlFiles, pageFile } from '@/tests/support/site/built-pages'

let server: StaticServer
beforeAll(async () => {
  server = await startStaticServer()
})
afterAll(async () => {
  await server?.stop()
})

const { sitemap } = builtPages()
const paths = [...sitemap, ...locales.map(staffLinksPathFor)]

/** Every same-site address a page points to: links, scripts, styles, icons and preview images. */
function localUrls(html: string): string[] {
  const site = getSite().url
  return [...html.matchAll(/\s(?:href|src|content)="([^"]+)"/g)]
    .map((match) => match[1]!.replaceAll('&amp;', '&'))
    .map((url) => (url.startsWith(site) ? url.slice(site.length) || '/' : url))
    .filter((url) => url.startsWith('/') && !url.startsWith('//'))
    .map((url) => url.split('#')[0]!)
    .filter(Boolean)
}

describe('npm start serving out/', () => {
  test.each(paths)('%s: its file, with the security headers', async (path) => {
    const response = await fetch(`${server.baseUrl}${path}`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^text\/html/)
    for (const { key, value } of securityHeaders()) expect(response.headers.get(key), key).toBe(value)
    expect(response.headers.get('cache-control')).toBe(defaultCacheControl)
    expect(await response.text()).toBe(readFileSync(pageFile(path), 'utf8'))
  })

  test.each([
    ['/no-such-page', 'en'],
    ['/aftercare/nothing-here', 'en'],
    ['/hi/no-such-page', 'hi'],
  ] as const)("%s: the language's 404 page with a 404 status and the security headers", async (path, locale) => {
    const response = await fetch(`${server.baseUrl}${path}`)
    expect(response.status).toBe(404)
    const html = await response.text()
    expect(html).toContain(layoutWords[locale].notFound.title)
    expect(html).toMatch(locale === 'hi' ? /<html lang="hi"/ : /<html lang="en/)
    for (const { key, value } of securityHeaders()) expect(response.headers.get(key), key).toBe(value)
  })

  test("the hashed build files (the CSS, the enhancements, an island's modules) are cached for a year, with the security headers", async () => {
    const html = await (await fetch(`${server.baseUrl}/self-check`)).text()
    const assets = [
      /href="(\/_next\/static\/[^"]+\.css)"/.exec(html)?.[1],
      /src="(\/assets\/enhance-[^"]+\.js)"/.exec(html)?.[1],
      /src="(\/assets\/islands\/[^"]+\.js)"/.exec(html)?.[1],
    ]
    for (const asset of assets) {
      expect(asset).toBeDefined()
      const response = await fetch(`${server.baseUrl}${asset}`)
      expect(response.status, asset).toBe(200)
      expect(response.headers.get('cache-control'), asset).toBe(cachePolicies.immutable)
      expect(response.headers.get('x-content-type-options'), asset).toBe('nosniff')
    }
  })

  test('every page, file and image the pages point to exists', async () => {
    const files = htmlFiles()
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

  test('link previews are PNG images of 1200x630', async () => {
    const images = new Set(
      htmlFiles().flatMap((file) =>
        [...readFileSync(file, 'utf8').matchAll(/<meta property="og:image" content="([^"]+)"/g)].map(
          (match) => new URL(match[1]!).pathname,
        ),
      ),
    )
    expect(images.size).toBeGreaterThan(paths.length / 2)
    for (const image of images) {
      const response = await fetch(`${server.baseUrl}${image}`)
      expect(response.status, image).toBe(200)
      expect(response.headers.get('content-type'), image).toBe('image/png')
      const bytes = new Uint8Array(await response.arrayBuffer())
      const view = new DataView(bytes.buffer)
      expect([...bytes.slice(1, 4)], image).toEqual([...Buffer.from('PNG')])
      expect({ width: view.getUint32(16), height: view.getUint32(20) }, image).toEqual({ width: 1200, height: 630 })
    }
  })
})
