import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

const root = fileURLToPath(new URL('.', import.meta.url))

// Unit and component tests. Browser tests live in vitest.browser.config.ts.
export default defineConfig({
  resolve: {
    alias: {
      '@/': root,
      'contentlayer/generated': `${root}.contentlayer/generated`,
      // What the content step checked and wrote (lib/content/output.ts).
      '@content/checked': `${root}.content/index.js`,
    },
  },
  oxc: { jsx: { runtime: 'automatic' } },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/components/**/*.test.tsx'],
    environment: 'node',
    setupFiles: ['tests/setup.ts'],
    // Whole self-check journeys typed through user-event take a few seconds on two busy cores.
    testTimeout: 20_000,
  },
})
