import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

const root = fileURLToPath(new URL('.', import.meta.url))

// The web editor's browser test (`npm run test:editor`): it starts `npm run edit` itself (the content step, next dev,
// decap-server) and drives Chromium against it, so it has its own config and no built site.
export default defineConfig({
  resolve: { alias: { '@/': root } },
  test: {
    include: ['tests/editor/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 240_000,
    fileParallelism: false,
    reporters: ['verbose'],
  },
})
