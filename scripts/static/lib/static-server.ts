// A plain static file server for the static build (out/): sirv, with the security headers, caching and
// preview-image type that deploy/nginx.conf sets, /aftercare answered by aftercare.html, and 404.html
// with a 404 status for anything else. Used by `npm run serve:static` and the static export's test.
import { existsSync, readFileSync } from 'node:fs'
import { createServer, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import sirv from 'sirv'
import { extensionlessImages, isExtensionlessImage } from '../../../lib/security/deploy-config'
import { cachePolicies, immutablePathPrefix, isDocumentPath, securityHeaders } from '../../../lib/security/headers'
import { documentPaths, notFoundFileFor, notFoundFiles } from '../../../lib/security/page-kinds'

export const staticDir = 'out'

function setSiteHeaders(res: ServerResponse, pathname: string, documents: readonly string[]) {
  for (const { key, value } of securityHeaders({ kind: isDocumentPath(pathname, documents) ? 'document' : 'tool' }))
    res.setHeader(key, value)
  res.setHeader(
    'Cache-Control',
    pathname.startsWith(immutablePathPrefix) ? cachePolicies.immutable : cachePolicies.revalidate,
  )
  if (isExtensionlessImage(pathname)) res.setHeader('Content-Type', extensionlessImages.contentType)
}

export type StaticServer = { baseUrl: string; stop: () => Promise<void> }

export async function startStaticServer({ dir = staticDir, port = 0, host = '127.0.0.1' } = {}): Promise<StaticServer> {
  // Each language's 404 page: /hi/… addresses are answered with out/hi/404.html.
  const notFoundHtml = new Map(
    Object.values(notFoundFiles).map((file) => {
      const page = join(dir, file)
      if (!existsSync(page)) throw new Error(`${page} is missing: run \`npm run build:static\` first`)
      return [file, readFileSync(page)] as const
    }),
  )
  const documents = documentPaths()
  const files = sirv(dir, {
    extensions: ['html'],
    etag: true,
    setHeaders: (res, pathname) => setSiteHeaders(res, pathname, documents),
  })
  const server = createServer((req, res) =>
    files(req, res, () => {
      const notFound = notFoundFileFor(new URL(req.url ?? '/', 'http://localhost').pathname)
      setSiteHeaders(res, notFound, documents)
      res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' })
      res.end(notFoundHtml.get(notFound))
    }),
  )
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
