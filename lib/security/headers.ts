// The security headers every response carries, in one place: next.config.ts sends them from
// `next start`, and scripts/deploy/write-config.ts writes them into deploy/nginx.conf and
// deploy/_headers for the static build, so the three cannot drift apart. They differ by kind of page
// only in the Content-Security-Policy's script-src (lib/security/page-kinds.ts says which is which).
import { notFoundFiles, type PageKind } from './page-kinds'

export type Header = { key: string; value: string }

export type PolicyMode = {
  /**
   * Documents (pages/: articles, home, FAQ, 404) run no inline script, so their policy allows scripts
   * from the site's own files only. Tools (app/) need inline scripts (see cspDirectives). Default: tool.
   */
  kind?: PageKind
  /**
   * `next dev` only: fast refresh needs eval, hot reload inline styles, and a phone on the local
   * network opens it over plain HTTP. Never in a production build.
   */
  development?: boolean
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
export function cspDirectives({ development = false, kind = 'tool' }: PolicyMode = {}): Directives {
  // `next dev` serves documents with the runtime too (the page config applies to production builds only).
  const inline = kind === 'tool' || development
  return {
    'default-src': ["'self'"],
    'script-src': ["'self'", ...(inline ? ["'unsafe-inline'"] : []), ...(development ? ["'unsafe-eval'"] : [])],
    // The built CSS files only; `next dev` injects <style> tags for hot reload and its error overlay.
    'style-src': ["'self'", ...(development ? ["'unsafe-inline'"] : [])],
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
    // Not in `next dev`, which may be opened over plain HTTP from another device (http://192.168.…).
    ...(development ? {} : { 'upgrade-insecure-requests': [] }),
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

/** The Content-Security-Policy header alone, for a rule that changes only it. */
export const cspHeader = (mode: PolicyMode = {}): Header => ({
  key: 'Content-Security-Policy',
  value: contentSecurityPolicy(mode),
})

/**
 * Whether a path (as requested, /aftercare, or as a file of the static export, /aftercare.html,
 * /index.html, /404.html) is a document, given the documents' paths (lib/security/page-kinds.ts).
 */
export function isDocumentPath(pathname: string, documents: readonly string[]): boolean {
  if (Object.values(notFoundFiles).includes(pathname) || pathname === '/index.html') return true
  const path = pathname.endsWith('.html') ? pathname.slice(0, -'.html'.length) : pathname
  return documents.includes(path)
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
