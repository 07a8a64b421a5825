import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

const root = fileURLToPath(new URL('.', import.meta.url))

// Tests of the built site (`npm run build` first): tests/site/ reads out/ and asks `npm start`'s server, without a
// browser, in seconds; tests/browser/ drives real Chromium against the same server (started in globalSetup).
export default defineConfig({
  resolve: {
    alias: {
      '@/': root,
      'contentlayer/generated': `${root}.contentlayer/generated`,
      '@content/checked': `${root}.content/index.js`,
    },
  },
  test: {
    include: ['tests/site/**/*.test.ts', 'tests/browser/**/*.test.ts'],
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
