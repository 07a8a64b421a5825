import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { ogImageContentType } from '@/lib/og/size'
import {
  cspVariable,
  deployFiles,
  extensionlessImages,
  isExtensionlessImage,
  renderHeadersFile,
  renderNginxConf,
} from '@/lib/security/deploy-config'
import { cachePolicies, contentSecurityPolicy, securityHeaders } from '@/lib/security/headers'
import { documentPaths } from '@/lib/security/page-kinds'

describe('extensionless preview images', () => {
  it('are typed as the images the routes draw', () => {
    expect(extensionlessImages.contentType).toBe(ogImageContentType)
    expect(isExtensionlessImage('/aftercare/opengraph-image')).toBe(true)
    expect(isExtensionlessImage('/opengraph-image')).toBe(true)
    expect(isExtensionlessImage('/opengraph-image.png')).toBe(false)
  })
})

describe('deploy/ files', () => {
  it.each(Object.entries(deployFiles))(
    'deploy/%s is up to date with lib/security/headers.ts (else run `npm run deploy:config`)',
    (name, render) => {
      expect(readFileSync(`deploy/${name}`, 'utf8')).toBe(render())
    },
  )
})

describe('nginx.conf', () => {
  const conf = renderNginxConf()
  const locations = [...conf.matchAll(/location ([^{]+)\{([^}]*)\}/g)].map((match) => ({
    path: match[1]!.trim(),
    body: match[2]!,
  }))

  it('sends every security header, on errors too, from each location that sets headers', () => {
    const withHeaders = locations.filter(({ body }) => body.includes('add_header'))
    expect(withHeaders.map(({ path }) => path)).toEqual([
      '/',
      '~ /(opengraph-image|twitter-image)$',
      '~ \\.webmanifest$',
      '^~ /_next/static/',
    ])
    for (const { path, body } of withHeaders) {
      for (const { key, value } of securityHeaders()) {
        // The policy depends on the kind of page: a variable from the map below.
        const sent = key === 'Content-Security-Policy' ? cspVariable : `"${value}"`
        expect(body, `${key} in ${path}`).toContain(`add_header ${key} ${sent} always;`)
      }
    }
  })

  it('serves /aftercare from aftercare.html, with the 404 page for anything else', () => {
    expect(conf).toContain('try_files $uri $uri.html $uri/ =404;')
    expect(conf).toContain('error_page 404 $not_found_page;')
    // Each language's 404 page, by address: /hi/… gets the Hindi one.
    expect(conf).toMatch(
      /map \$uri \$not_found_page \{\n    default \/404\.html;\n    ~\^\/hi\(\/\|\$\) \/hi\/404\.html;\n\}/,
    )
  })

  it('caches hashed build files for a year and makes browsers revalidate pages', () => {
    expect(locations.find(({ path }) => path === '^~ /_next/static/')?.body).toContain(
      `Cache-Control "${cachePolicies.immutable}"`,
    )
    expect(locations.find(({ path }) => path === '/')?.body).toContain(`Cache-Control "${cachePolicies.revalidate}"`)
  })

  it('serves link-preview images, which have no extension, as PNG', () => {
    expect(locations.find(({ path }) => path.includes('opengraph-image'))?.body).toContain('default_type image/png;')
  })

  it('compresses text', () => {
    expect(conf).toMatch(/^\s*gzip on;$/m)
    expect(conf).toMatch(
      /gzip_types .*application\/javascript.*text\/css|gzip_types .*text\/css.*application\/javascript/,
    )
  })
})

describe('_headers', () => {
  it('applies every security header to every path, and the long cache to build files only', () => {
    const text = renderHeadersFile()
    const rules = new Map(
      text
        .split(/\n\n/)
        .map((block) => block.split('\n').filter((line) => line && !line.startsWith('#')))
        .map(([path, ...lines]) => [path, lines]),
    )
    for (const { key, value } of securityHeaders()) expect(rules.get('/*')).toContain(`  ${key}: ${value}`)
    expect(rules.get('/*')!.join()).not.toContain('Cache-Control')
    expect(rules.get('/_next/static/*')).toEqual([`  Cache-Control: ${cachePolicies.immutable}`])
    for (const path of ['/opengraph-image', '/:page/opengraph-image', '/:section/:page/opengraph-image']) {
      expect(rules.get(path), path).toEqual(['  Content-Type: image/png'])
    }
  })
})

describe('the policy by kind of page', () => {
  const documentPolicy = contentSecurityPolicy({ kind: 'document' })
  const toolPolicy = contentSecurityPolicy({ kind: 'tool' })
  const documents = documentPaths()

  it("nginx: documents (their addresses and files, and the 404 page) get the documents' policy, the rest the tools'", () => {
    const map = /map \$uri \$content_security_policy \{([^}]*)\}/.exec(renderNginxConf())?.[1] ?? ''
    const entries = new Map([...map.matchAll(/^\s*(\S+) "([^"]*)";$/gm)].map((match) => [match[1]!, match[2]!]))
    expect(entries.get('default')).toBe(toolPolicy)
    for (const path of documents) {
      expect(entries.get(path), path).toBe(documentPolicy)
      expect(entries.get(path === '/' ? '/index.html' : `${path}.html`), path).toBe(documentPolicy)
    }
    expect(entries.get('/404.html')).toBe(documentPolicy)
    for (const tool of ['/self-check', '/aftercare/planner', '/links']) expect(entries.has(tool), tool).toBe(false)
  })

  it("_headers: every path gets the tools' policy, and each document adds the stricter one", () => {
    const rules = new Map(
      renderHeadersFile()
        .split('\n\n')
        .map((block) => block.split('\n').filter((line) => line && !line.startsWith('#')))
        .filter((lines) => lines.length > 0)
        .map((lines) => [lines[0]!, lines.slice(1).map((line) => line.trim())]),
    )
    expect(rules.get('/*')).toContain(`Content-Security-Policy: ${toolPolicy}`)
    for (const path of documents) expect(rules.get(path), path).toEqual([`Content-Security-Policy: ${documentPolicy}`])
  })
})
