import type { NextConfig } from 'next'

// Contentlayer runs as its own step (see package.json), not as a Next plugin: the plugin
// hooks webpack only and Next 16 builds with Turbopack.
const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
}

export default nextConfig
