import type { NextConfig } from 'next'

// Contentlayer runs as its own step (see package.json), not as a Next plugin: the plugin
// hooks webpack only and Next 16 builds with Turbopack.
const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // A separate output folder lets two builds (e.g. a test run and a preview) run side by side.
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
}

export default nextConfig
