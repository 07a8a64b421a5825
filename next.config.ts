import type { NextConfig } from 'next'

// One build: `npm run build` (scripts/static/build.ts) writes the whole site as static files to out/, which
// `npm start` and every host serve. Headers and redirects are not Next's business here: the build writes
// them to out/_headers and out/_redirects (lib/deploy/), which the hosts and `npm start` read.
// Contentlayer runs as its own step (see package.json), not as a Next plugin: the plugin hooks webpack only
// and Next 16 builds with Turbopack.
const config: NextConfig = {
  output: 'export',
  reactStrictMode: true,
  poweredByHeader: false,
  // URLs as every host serves them: /aftercare is out/aftercare.html.
  trailingSlash: false,
  images: { unoptimized: true },
}

export default config
