import type { NextConfig } from 'next'
import { PHASE_DEVELOPMENT_SERVER } from 'next/constants'
import { readRedirects } from './lib/content/redirects'
import { cspHeader, securityHeaders } from './lib/security/headers'
import { documentPaths } from './lib/security/page-kinds'

// `STATIC_EXPORT=1 next build` (npm run build:static) writes a fully static site to out/.
const staticExport = process.env.STATIC_EXPORT === '1'

// Contentlayer runs as its own step (see package.json), not as a Next plugin: the plugin
// hooks webpack only and Next 16 builds with Turbopack.
export default function config(phase: string): NextConfig {
  const base: NextConfig = {
    reactStrictMode: true,
    poweredByHeader: false,
    // A separate output folder lets two builds (e.g. a test run and a preview) run side by side.
    distDir: process.env.NEXT_DIST_DIR ?? '.next',
  }
  if (staticExport) {
    // Next's export builds in .next and writes out/ only with the default distDir (a custom one
    // would become the export folder). Headers come from deploy/ instead of headers(), which an
    // export cannot have. URLs stay as under `next start`: /aftercare is out/aftercare.html.
    return { ...base, output: 'export', distDir: '.next', trailingSlash: false, images: { unoptimized: true } }
  }
  return {
    ...base,
    // The document 404 (pages/not-found.tsx) is installed as the build's 404 page (see
    // scripts/documents/install-not-found.ts); its own address answers 404 too, never a 200.
    async rewrites() {
      return { beforeFiles: [{ source: '/not-found', destination: '/404' }], afterFiles: [], fallback: [] }
    },
    // Old page addresses (articles' redirectFrom, checked by the content step): a 308 to the page.
    // A section's #id needs nothing here: the browser keeps the fragment across a redirect.
    async redirects() {
      return readRedirects().map(({ from, to }) => ({ source: from, destination: to, permanent: true }))
    },
    async headers() {
      const development = phase === PHASE_DEVELOPMENT_SERVER
      // Every response gets the tools' headers; documents then get their stricter policy (the last match wins).
      return [
        { source: '/:path*', headers: securityHeaders({ development }) },
        ...documentPaths().map((source) => ({ source, headers: [cspHeader({ development, kind: 'document' })] })),
      ]
    },
  }
}
