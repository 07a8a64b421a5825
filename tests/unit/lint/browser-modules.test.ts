// The files ESLint holds to the browser-only import rules (eslint.config.mjs).
import { fileURLToPath } from 'node:url'
import { describe, expect, test } from 'vitest'
import { browserEntryFolders, browserModules } from '@/scripts/lint/browser-modules.mjs'

const root = fileURLToPath(new URL('../../..', import.meta.url))
const modules = browserModules(root, { entryFolders: browserEntryFolders })

describe('browser modules', () => {
  test("everything under enhance/ and islands/ is one (the enhancements and the islands' scripts)", () => {
    expect(modules).toContain('enhance/index.ts')
    expect(modules).toContain('islands/self-check.tsx')
    expect(modules).toContain('islands/hydrate.tsx')
  })

  test('what client code imports is one too, followed through @/ and relative imports', () => {
    expect(modules).toContain('components/self-check/SelfCheck.tsx')
    expect(modules).toContain('components/planner/AftercarePlanner.tsx')
    expect(modules).toContain('components/links/MessageBuilder.tsx')
    expect(modules).toContain('lib/candidacy/check.ts')
    expect(modules).toContain('lib/self-check/flow.ts')
  })

  test('server-only modules are not (the site would otherwise ship zod or node:fs)', () => {
    for (const file of [
      'lib/candidacy/index.ts',
      'lib/candidacy/schema.ts',
      'lib/self-check/meanings.ts',
      'lib/content/index.ts',
      // Server-only parts of an island's page: the page and the <Island> wrapper that reads the manifest's props.
      'components/self-check/SelfCheckPage.tsx',
      'components/islands/Island.tsx',
    ]) {
      expect(modules).not.toContain(file)
    }
  })
})
