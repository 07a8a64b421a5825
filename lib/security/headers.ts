// The security headers every response carries, in one place: the static build writes them into out/_headers
// (lib/deploy/headers-file.ts), which `npm start`, Netlify and Cloudflare Pages read, and deploy/nginx.conf is
// written from them. One policy for every page: no page runs an inline script (a tool's island loads its own
// script file and reads its props from an attribute), so none needs more than the others.

export type Header = { key: string; value: string }

type Directives = Record<string, readonly string[]>

/**
 * The Content-Security-Policy, directive by directive. Nothing may load from another origin.
 *
 * `script-src 'self'`: pages load the site's own script files only (enhance/, and a tool's island from
 * islands/) and no inline script; their JSON-LD blocks are data, which CSP does not block.
 */
export function cspDirectives(): Directives {
  return {
    'default-src': ["'self'"],
    'script-src': ["'self'"],
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

export function contentSecurityPolicy(): string {
  return Object.entries(cspDirectives())
    .map(([name, values]) => [name, ...values].join(' '))
    .join('; ')
}

/** Features the site never uses, switched off for the page and anything it could embed. */
export const disabledFeatures = ['camera', 'microphone', 'geolocation', 'payment', 'usb'] as const

export function securityHeaders(): Header[] {
  return [
    { key: 'Content-Security-Policy', value: contentSecurityPolicy() },
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
  /** Files whose names carry a content hash (immutablePathPrefixes): they never change. */
  immutable: 'public, max-age=31536000, immutable',
  /** Pages and everything else: kept, but checked with the server each time, so an update shows at once. */
  revalidate: 'public, max-age=0, must-revalidate',
} as const

/**
 * Where files with a content hash in their names live, under the site root: Next's build files (the CSS), and
 * the site's own scripts (scripts/enhance/build.ts writes only hashed names under public/assets/).
 */
export const immutablePathPrefixes = ['/_next/static/', '/assets/'] as const
