// The files ESLint holds to the browser-only import rules (eslint.config.mjs).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, test } from 'vitest'
import { browserModules } from '@/scripts/lint/browser-modules.mjs'

const root = fileURLToPath(new URL('../../..', import.meta.url))
const modules = browserModules(root, { entryFolders: ['enhance'] })

describe('browser modules', () => {
  test("every 'use client' file and everything under enhance/ is one", () => {
    const clientFiles = modules.filter((file) => /^\s*['"]use client['"]/.test(readFileSync(join(root, file), 'utf8')))
    expect(clientFiles.length).toBeGreaterThan(5)
    expect(modules).toContain('enhance/index.ts')
  })

  test('what client code imports is one too, followed through @/ and relative imports', () => {
    expect(modules).toContain('lib/candidacy/check.ts')
    expect(modules).toContain('lib/self-check/flow.ts')
  })

  test('server-only modules are not (the site would otherwise ship zod or node:fs)', () => {
    for (const file of [
      'lib/candidacy/index.ts',
      'lib/candidacy/schema.ts',
      'lib/self-check/meanings.ts',
      'lib/content/index.ts',
    ]) {
      expect(modules).not.toContain(file)
    }
  })
})
