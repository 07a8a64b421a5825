// `npm run bench:search`: how soon the search page answers on a slow phone (`npm run build` first). Debian's
// Chromium (playwright-core) at 390 px with its CPU slowed 4x (CDP Emulation.setCPUThrottlingRate) and Lighthouse's
// slow 4G as DevTools applies it (562.5 ms round trip, 1.44 Mbit/s down, 675 kbit/s up), against `npm start`'s
// server over out/. For each language's example query, the median of RUNS (default 5) of:
// - arrival: /search?q=… opened with an empty cache, from navigation to the first result on screen (beside the
//   page's first paint, for scale);
// - repeat visit: the same with the browser's cache (the files are revalidated, as the site's headers ask);
// - keystroke: with the index loaded, from one typed letter to its results on screen.
// The machine's own speed and load show in every figure: compare runs made on the same machine.
import { readFileSync } from 'node:fs'
import { createServer, request, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { createGzip, gzipSync } from 'node:zlib'
import type { CDPSession, Page } from 'playwright-core'
import { localePath, type Locale } from '../../lib/i18n/locales'
import { staticRoutes } from '../../lib/routes'
import { readSearchManifest } from '../../lib/search/bundle'
import { launchBrowser, phone } from '../lib/chromium'
import { startStaticServer } from '../static/lib/static-server'
import { textTable } from '../text-table'
import { outDir } from './lib/first-load-js'

const runs = Number(process.env.RUNS ?? 5)
const queries: Record<Locale, string> = { en: 'swimming', hi: 'दर्द' }
/** Lighthouse's mobile slow 4G, as DevTools throttling applies it (its "devtools" throttling constants). */
const slow4g = { latency: 562.5, downloadThroughput: (1474.56 * 1024) / 8, uploadThroughput: (675 * 1024) / 8 }
const cpuSlowdown = 4

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

/**
 * Records, in the page, when the first result appears (ms since navigation started). A string: tsx wraps named
 * functions in a helper the page does not have.
 */
const watchFirstResult = `new MutationObserver((_, observer) => {
  if (!document.querySelector('[data-search-results] > li')) return
  window.firstResultAt = performance.now()
  observer.disconnect()
}).observe(document, { childList: true, subtree: true })`

async function throttle(cdp: CDPSession, cache: boolean) {
  await cdp.send('Network.enable')
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: !cache })
  await cdp.send('Network.emulateNetworkConditions', { offline: false, ...slow4g })
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown })
}

const firstResultAt = (page: Page) =>
  page
    .waitForFunction(() => (window as unknown as { firstResultAt?: number }).firstResultAt, undefined, {
      timeout: 60_000,
    })
    .then((handle) => handle.jsonValue() as Promise<number>)

/**
 * `npm start`'s server does not compress; every host does (Netlify, Cloudflare Pages, deploy/nginx.conf's gzip for
 * HTML, CSS, JavaScript and JSON). In front of it, gzip what a host would, so the slow network carries what it would.
 */
async function gzipProxy(upstream: string): Promise<{ baseUrl: string; server: Server }> {
  const compressible = /^(text\/|application\/(javascript|json|manifest\+json|xml)|image\/svg\+xml)/
  const server = createServer((incoming, outgoing) => {
    const forward = request(
      `${upstream}${incoming.url}`,
      { method: incoming.method, headers: incoming.headers },
      (response) => {
        const headers = { ...response.headers }
        const gzip =
          compressible.test(String(headers['content-type'] ?? '')) &&
          /\bgzip\b/.test(String(incoming.headers['accept-encoding']))
        if (gzip) {
          delete headers['content-length']
          headers['content-encoding'] = 'gzip'
          headers.vary = 'Accept-Encoding'
        }
        outgoing.writeHead(response.statusCode ?? 502, headers)
        if (gzip) response.pipe(createGzip({ level: 6 })).pipe(outgoing)
        else response.pipe(outgoing)
      },
    )
    incoming.pipe(forward)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server }
}

const origin = await startStaticServer({ dir: outDir() })
const server = await gzipProxy(origin.baseUrl)
const browser = await launchBrowser()
const manifest = readSearchManifest()
const rows: string[][] = []
try {
  for (const locale of Object.keys(queries) as Locale[]) {
    const query = queries[locale]
    const url = `${server.baseUrl}${localePath(locale, staticRoutes.search)}?q=${encodeURIComponent(query)}`
    const arrival: number[] = []
    const paint: number[] = []
    const repeat: number[] = []
    const keystroke: number[] = []
    for (let run = 0; run < runs; run++) {
      const context = await browser.newContext(phone)
      await context.addInitScript({ content: watchFirstResult })
      const page = await context.newPage()
      const cdp = await context.newCDPSession(page)
      await throttle(cdp, false)
      await page.goto(url)
      arrival.push(await firstResultAt(page))
      paint.push(
        await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN),
      )
      // The same page again, with what the browser kept.
      await throttle(cdp, true)
      await page.goto(url, { waitUntil: 'load' })
      repeat.push(await firstResultAt(page))
      // One more letter typed once the index is in: from the keystroke to its results on screen.
      await page.waitForLoadState('networkidle')
      keystroke.push(
        await page.evaluate(
          ({ id, letter }) =>
            new Promise<number>((resolve) => {
              const input = document.getElementById(id) as HTMLInputElement
              const start = performance.now()
              input.value = `${input.value}${letter}`
              input.dispatchEvent(new Event('input', { bubbles: true }))
              requestAnimationFrame(() => resolve(performance.now() - start))
            }),
          { id: 'search-q', letter: locale === 'en' ? 's' : 'ों' },
        ),
      )
      await context.close()
    }
    const index = manifest.indexes[locale]
    const indexFile = readFileSync(join(outDir(), index.src))
    rows.push([
      `${localePath(locale, staticRoutes.search)}?q=${query}`,
      `${(gzipSync(indexFile, { level: 9 }).length / 1024).toFixed(1)}`,
      String(index.documents),
      median(paint).toFixed(0),
      median(arrival).toFixed(0),
      median(repeat).toFixed(0),
      median(keystroke).toFixed(0),
    ])
  }
} finally {
  await browser.close()
  server.server.close()
  await origin.stop()
}

console.log(
  `Search on a phone (390 px, CPU ${cpuSlowdown}x slower, slow 4G), median of ${runs} runs; index KB gzipped (level 9)\n`,
)
console.log(
  textTable(
    [
      'page',
      'index KB',
      'places',
      'first paint, ms',
      'arrival to first result, ms',
      'repeat visit, ms',
      'keystroke to results, ms',
    ],
    rows,
    ['left', 'right', 'right', 'right', 'right', 'right', 'right'],
  ),
)
