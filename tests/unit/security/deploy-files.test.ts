import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { deployFiles, renderHeadersFile, renderNginxConf } from '@/lib/security/deploy-config'
import { cachePolicies, securityHeaders } from '@/lib/security/headers'

describe('deploy/ files', () => {
  it.each(Object.entries(deployFiles))('deploy/%s is up to date with lib/security/headers.ts (else run `npm run deploy:config`)', (name, render) => {
    expect(readFileSync(`deploy/${name}`, 'utf8')).toBe(render())
  })
})

describe('nginx.conf', () => {
  const conf = renderNginxConf()
  const locations = [...conf.matchAll(/location ([^{]+)\{([^}]*)\}/g)].map((match) => ({ path: match[1]!.trim(), body: match[2]! }))

  it('sends every security header, on errors too, from each location that sets headers', () => {
    const withHeaders = locations.filter(({ body }) => body.includes('add_header'))
    expect(withHeaders.map(({ path }) => path)).toEqual(['/', '/_next/static/'])
    for (const { path, body } of withHeaders) {
      for (const { key, value } of securityHeaders()) expect(body, `${key} in ${path}`).toContain(`add_header ${key} "${value}" always;`)
    }
  })

  it('serves /aftercare from aftercare.html, with the 404 page for anything else', () => {
    expect(conf).toContain('try_files $uri $uri.html $uri/ =404;')
    expect(conf).toContain('error_page 404 /404.html;')
  })

  it('caches hashed build files for a year and makes browsers revalidate pages', () => {
    expect(locations.find(({ path }) => path === '/_next/static/')?.body).toContain(`Cache-Control "${cachePolicies.immutable}"`)
    expect(locations.find(({ path }) => path === '/')?.body).toContain(`Cache-Control "${cachePolicies.revalidate}"`)
  })

  it('compresses text', () => {
    expect(conf).toMatch(/^\s*gzip on;$/m)
    expect(conf).toMatch(/gzip_types .*application\/javascript.*text\/css|gzip_types .*text\/css.*application\/javascript/)
  })
})

describe('_headers', () => {
  it('applies every security header to every path, and the long cache to build files only', () => {
    const text = renderHeadersFile()
    const [all, staticFiles] = text.split(/^\/_next\/static\/\*$/m)
    expect(all).toMatch(/^\/\*$/m)
    for (const { key, value } of securityHeaders()) expect(all).toContain(`  ${key}: ${value}\n`)
    expect(all).not.toContain('Cache-Control')
    expect(staticFiles?.trim()).toBe(`Cache-Control: ${cachePolicies.immutable}`)
  })
})
