// The site's server: out/ as a static host serves it, from the host files the build wrote there. It reads
// out/_headers and out/_redirects (lib/deploy/) and applies them as Netlify and Cloudflare Pages do, so what
// `npm start` and the tests see is what those hosts send: the old addresses move on, /aftercare is answered by
// aftercare.html, an unknown address gets its language's 404 page with a 404 status, and every response
// carries the headers its path's rules give it. Used by `npm start`, the tests, the screenshots and benchmarks.
import { existsSync, readFileSync } from 'node:fs'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import compression from 'compression'
import sirv from 'sirv'
import { defaultCacheControl, headersFor, parseHeadersFile, type HeaderRule } from '../../../lib/deploy/headers-file'
import { nginxRedirectMapFile } from '../../../lib/deploy/nginx-conf'
import { moveFor, notFoundPageFor, parseRedirectsFile } from '../../../lib/deploy/redirects-file'
import { notFoundFile } from '../../../lib/security/page-kinds'

export const staticDir = 'out'

/** The hosts' rule files the build writes beside the pages; no host serves them as pages. */
export const hostFiles = { headers: '_headers', redirects: '_redirects', nginxRedirects: nginxRedirectMapFile } as const
const notServed = new Set(Object.values(hostFiles).map((file) => `/${file}`))

function readHostFile(dir: string, name: string): string {
  const file = join(dir, name)
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` first`)
  return readFileSync(file, 'utf8')
}

function setHeaders(res: ServerResponse, rules: readonly HeaderRule[], pathname: string) {
  const headers = headersFor(rules, pathname)
  for (const [key, value] of headers) res.setHeader(key, value)
  if (!res.hasHeader('Cache-Control')) res.setHeader('Cache-Control', defaultCacheControl)
}

export type StaticServer = { baseUrl: string; stop: () => Promise<void> }

export async function startStaticServer({ dir = staticDir, port = 0, host = '127.0.0.1' } = {}): Promise<StaticServer> {
  const headerRules = parseHeadersFile(readHostFile(dir, hostFiles.headers))
  const redirectRules = parseRedirectsFile(readHostFile(dir, hostFiles.redirects))
  // Each 404 page is read once, when first needed; the hosts' default must be there from the start.
  const notFoundPages = new Map([[notFoundFile, readHostFile(dir, notFoundFile)]])
  const notFoundPage = (page: string) => {
    if (!notFoundPages.has(page)) notFoundPages.set(page, readHostFile(dir, page))
    return notFoundPages.get(page)!
  }
  const files = sirv(dir, { extensions: ['html'], etag: true })
  // Text is sent gzipped to a browser that asks, as every host does (a phone on a slow connection gets HTML,
  // CSS and scripts at about a quarter of their size).
  // Its types name Express's request and response; it reads and wraps only what Node's have.
  const compress = compression() as unknown as (req: IncomingMessage, res: ServerResponse, next: () => void) => void
  const server = createServer((req, res) => compress(req, res, () => respond(req, res)))
  const respond = (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://localhost')
    const { pathname } = url
    setHeaders(res, headerRules, pathname)
    const move = moveFor(redirectRules, pathname)
    if (move) {
      res.writeHead(move.status, { Location: `${move.to}${url.search}` })
      return res.end()
    }
    // As the hosts do: /aftercare/ is /aftercare.
    if (pathname.length > 1 && pathname.endsWith('/')) {
      res.writeHead(308, { Location: `${pathname.slice(0, -1)}${url.search}` })
      return res.end()
    }
    const notFound = () => {
      res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' })
      res.end(notFoundPage(notFoundPageFor(redirectRules, pathname) ?? notFoundFile))
    }
    if (notServed.has(pathname)) return notFound()
    files(req, res, notFound)
  }
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, resolve)
  })
  const address = server.address() as AddressInfo
  return {
    baseUrl: `http://${host}:${address.port}`,
    stop: () =>
      new Promise((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
