import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { nginxRedirectMapFile, renderNginxConf, renderNginxRedirectMap } from '@/lib/deploy/nginx-conf'
import { cachePolicies, securityHeaders } from '@/lib/security/headers'

const conf = renderNginxConf()
/** Each `location … { … }` block, nested blocks (an `if`) included in its body. */
const locations = [...conf.matchAll(/location ([^{]+)\{/g)].map((match) => {
  let depth = 1
  let end = match.index + match[0].length
  for (; depth > 0; end++) depth += conf[end] === '{' ? 1 : conf[end] === '}' ? -1 : 0
  return { path: match[1]!.trim(), body: conf.slice(match.index + match[0].length, end - 1) }
})

describe('deploy/nginx.conf', () => {
  it('is up to date with lib/security/headers.ts (else run `npm run deploy:config`)', () => {
    expect(readFileSync('deploy/nginx.conf', 'utf8')).toBe(conf)
  })

  it('sends every security header, on errors too, from each location that sets headers', () => {
    const withHeaders = locations.filter(({ body }) => body.includes('add_header'))
    expect(withHeaders.map(({ path }) => path)).toEqual([
      '/',
      '~ /(opengraph-image|twitter-image)(-\\w+)?$',
      '~ \\.webmanifest$',
      '^~ /_next/static/',
      '^~ /assets/',
    ])
    for (const { path, body } of withHeaders) {
      for (const { key, value } of securityHeaders())
        expect(body, `${key} in ${path}`).toContain(`add_header ${key} "${value}" always;`)
    }
  })

  it('moves old addresses with the map the build writes, keeping the query', () => {
    expect(conf).toContain(`include /var/www/smp-site/${nginxRedirectMapFile};`)
    // Inside `location /`, so the move carries the security headers too.
    expect(locations.find(({ path }) => path === '/')?.body).toContain(
      'if ($moved_to) {\n            return 301 $moved_to$is_args$args;\n        }',
    )
    expect(renderNginxRedirectMap([{ from: '/looking-after-your-scalp', to: '/aftercare' }])).toContain(
      '"/looking-after-your-scalp" "/aftercare";\n',
    )
  })

  it("serves /aftercare from aftercare.html, with each language's 404 page for anything else", () => {
    expect(conf).toContain('try_files $uri $uri.html $uri/ =404;')
    expect(conf).toContain('error_page 404 $not_found_page;')
    expect(conf).toMatch(
      /map \$uri \$not_found_page \{\n    default \/404\.html;\n    ~\^\/hi\(\/\|\$\) \/hi\/404\.html;\n\}/,
    )
  })

  it('caches hashed build files for a year, makes browsers revalidate pages, and compresses text', () => {
    for (const prefix of ['/_next/static/', '/assets/'])
      expect(locations.find(({ path }) => path === `^~ ${prefix}`)?.body, prefix).toContain(
        `Cache-Control "${cachePolicies.immutable}"`,
      )
    expect(locations.find(({ path }) => path === '/')?.body).toContain(`Cache-Control "${cachePolicies.revalidate}"`)
    expect(conf).toMatch(/^\s*gzip on;$/m)
  })

  it('serves link-preview images as PNG, and never the hosts’ rule files', () => {
    expect(locations.find(({ path }) => path.includes('opengraph-image'))?.body).toContain('default_type image/png;')
    expect(conf).toContain('location ~ ^/_(headers|redirects|redirects\\.map)$ {\n        return 404;')
  })
})
