// `npm start`'s server (scripts/static/lib/static-server.ts) over a small site written the way the build writes
// out/: it must answer as the hosts read out/_headers and out/_redirects. The real build is served by the same
// code in tests/site/server.test.ts; here a fixture holds what the site has none of yet (an old address).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { defaultCacheControl, renderHeadersFile, siteHeaderRules } from '@/lib/deploy/headers-file'
import { nginxRedirectMapFile, renderNginxRedirectMap } from '@/lib/deploy/nginx-conf'
import { renderRedirectsFile, siteRedirectRules } from '@/lib/deploy/redirects-file'
import { cachePolicies, contentSecurityPolicy } from '@/lib/security/headers'
import { startStaticServer, type StaticServer } from '@/scripts/static/lib/static-server'

const redirects = [{ from: '/looking-after-your-scalp', to: '/aftercare' }] as const
const files: Record<string, string> = {
  _headers: renderHeadersFile(siteHeaderRules(['/aftercare/opengraph-image'])),
  _redirects: renderRedirectsFile(siteRedirectRules(redirects)),
  [nginxRedirectMapFile]: renderNginxRedirectMap(redirects),
  'index.html': '<h1>Home</h1>',
  // Longer than the 1 KB below which compressing is not worth it.
  'aftercare.html': `<h1>Aftercare</h1>${'<p>Keep your scalp clean and dry.</p>'.repeat(40)}`,
  'self-check.html': '<h1>Self-check</h1>',
  '404.html': '<h1>Page not found</h1>',
  'hi/404.html': '<h1>पेज नहीं मिला</h1>',
  '_next/static/chunks/a.js': 'console.log(1)',
  'aftercare/opengraph-image': 'PNG',
}

let dir: string
let server: StaticServer
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'static-site-'))
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true })
    writeFileSync(join(dir, name), text)
  }
  server = await startStaticServer({ dir })
})
afterAll(async () => {
  await server?.stop()
  rmSync(dir, { recursive: true, force: true })
})

const get = (path: string) => fetch(`${server.baseUrl}${path}`, { redirect: 'manual' })

describe('npm start', () => {
  it('answers /aftercare with aftercare.html, the security policy and a revalidating cache', async () => {
    const response = await get('/aftercare')
    expect(response.status).toBe(200)
    expect(await response.text()).toBe(files['aftercare.html'])
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy())
    expect(response.headers.get('cache-control')).toBe(defaultCacheControl)
  })

  it('moves an old address on with a 301, keeping the query', async () => {
    const response = await get('/looking-after-your-scalp?from=whatsapp')
    expect(response.status).toBe(301)
    expect(response.headers.get('location')).toBe('/aftercare?from=whatsapp')
  })

  it.each([
    ['/no-such-page', files['404.html']],
    ['/aftercare/nothing-here', files['404.html']],
    ['/hi/no-such-page', files['hi/404.html']],
  ])("answers %s with its language's 404 page, a 404 status and the security policy", async (path, page) => {
    const response = await get(path)
    expect(response.status).toBe(404)
    expect(await response.text()).toBe(page)
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy())
  })

  it.each(['/_headers', '/_redirects', `/${nginxRedirectMapFile}`])('never serves the rule file %s', async (path) => {
    expect((await get(path)).status).toBe(404)
  })

  it('sends text gzipped to a browser that asks, as the hosts do, and as it is to one that does not', async () => {
    const zipped = await fetch(`${server.baseUrl}/aftercare`, { headers: { 'Accept-Encoding': 'gzip' } })
    expect(zipped.headers.get('content-encoding')).toBe('gzip')
    expect(await zipped.text()).toBe(files['aftercare.html'])
    const plain = await fetch(`${server.baseUrl}/aftercare`, { headers: { 'Accept-Encoding': 'identity' } })
    expect(plain.headers.get('content-encoding')).toBeNull()
    expect(await plain.text()).toBe(files['aftercare.html'])
  })

  it('drops a trailing slash, as the hosts do', async () => {
    const response = await get('/aftercare/?a=1')
    expect(response.status).toBe(308)
    expect(response.headers.get('location')).toBe('/aftercare?a=1')
  })

  it('caches hashed build files for a year and types preview images', async () => {
    expect((await get('/_next/static/chunks/a.js')).headers.get('cache-control')).toBe(cachePolicies.immutable)
    expect((await get('/aftercare/opengraph-image')).headers.get('content-type')).toBe('image/png')
  })

  it('refuses to start without the build', async () => {
    await expect(startStaticServer({ dir: join(dir, 'missing') })).rejects.toThrow('run `npm run build` first')
  })
})
