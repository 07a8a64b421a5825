// The security headers every response carries, in one place: the static build writes them into out/_headers
// (lib/deploy/headers-file.ts), which `npm start`, Netlify and Cloudflare Pages read, and deploy/nginx.conf is
// written from them. They differ by kind of page only in the Content-Security-Policy's script-src
// (lib/security/page-kinds.ts says which addresses are tools; every other address is a document).
import type { PageKind } from './page-kinds'

export type Header = { key: string; value: string }

export type PolicyMode = {
  /**
   * Documents (pages/: articles, home, FAQ, 404, and any address that is not a tool) run no inline script,
   * so their policy allows scripts from the site's own files only. Tools (app/) need inline scripts (see
   * cspDirectives). Default: document.
   */
  kind?: PageKind
}

type Directives = Record<string, readonly string[]>

/**
 * The Content-Security-Policy, directive by directive. Nothing may load from another origin.
 *
 * Documents: `script-src 'self'`. They load one script file of their own (enhance/) and no inline
 * script; their JSON-LD blocks are data, which CSP does not block.
 *
 * Tools: script-src needs 'unsafe-inline': Next's App Router writes its page data as inline
 * `<script>self.__next_f.push(...)</script>` tags. Nonces would make every page render on request
 * (no longer static), and hashes differ per page and build, which a static host's header file cannot
 * follow. The site has no third-party script and no user-generated HTML (markdown is sanitised), so
 * the remaining risk is small; 'unsafe-eval' stays out of production.
 */
export function cspDirectives({ kind = 'document' }: PolicyMode = {}): Directives {
  return {
    'default-src': ["'self'"],
    'script-src': ["'self'", ...(kind === 'tool' ? ["'unsafe-inline'"] : [])],
    // The built CSS files only.
    'style-src': ["'self'"],
    // data: and blob: for QR codes and files the page makes in the browser.
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'"],
    'connect-src': ["'self'"],
    'manifest-src': ["'self'"],
    'media-src': ["'none'"],
    'frame-src': ["'none'"],
    'worker-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
    'upgrade-insecure-requests': [],
  }
}

export function contentSecurityPolicy(mode: PolicyMode = {}): string {
  return Object.entries(cspDirectives(mode))
    .map(([name, values]) => [name, ...values].join(' '))
    .join('; ')
}

/** Features the site never uses, switched off for the page and anything it could embed. */
export const disabledFeatures = ['camera', 'microphone', 'geolocation', 'payment', 'usb'] as const

export function securityHeaders(mode: PolicyMode = {}): Header[] {
  return [
    { key: 'Content-Security-Policy', value: contentSecurityPolicy(mode) },
    // Two years, the usual value for HSTS; no `preload`, which is a commitment the clinic must choose.
    { key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    { key: 'Permissions-Policy', value: disabledFeatures.map((feature) => `${feature}=()`).join(', ') },
    // For browsers older than CSP's frame-ancestors.
    { key: 'X-Frame-Options', value: 'DENY' },
    { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  ]
}

/** How long browsers and CDNs may keep a response. */
export const cachePolicies = {
  /** Next's build output under /_next/static/ has content hashes in its names: it never changes. */
  immutable: 'public, max-age=31536000, immutable',
  /** Pages and everything else: kept, but checked with the server each time, so an update shows at once. */
  revalidate: 'public, max-age=0, must-revalidate',
} as const

/** Where Next's hashed build files live, under the site root. */
export const immutablePathPrefix = '/_next/static/'
