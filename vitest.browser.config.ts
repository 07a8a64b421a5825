import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

const root = fileURLToPath(new URL('.', import.meta.url))

// Browser tests: real Chromium against the production build (`next start`, started in globalSetup).
export default defineConfig({
  resolve: {
    alias: {
      '@/': root,
      'contentlayer/generated': `${root}.contentlayer/generated`,
      '@content/checked': `${root}.content/index.js`,
    },
  },
  test: {
    include: ['tests/browser/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/support/browser/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Two cores: one browser and one server at a time keep timings honest.
    fileParallelism: false,
    // Each test as it finishes: some files run for minutes, and the default reporter prints a file only at its end.
    reporters: ['verbose'],
  },
})
