// The web editor (`npm run edit`, scripts/edit/) is for the clinic's editors on their own computer: the published
// site has no /admin, and no page loads the editor's scripts.
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, test } from 'vitest'
import { staticDir } from '@/scripts/static/lib/static-server'

const files = readdirSync(staticDir, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile())
  .map((entry) => relative(staticDir, join(entry.parentPath, entry.name)).split('\\').join('/'))

describe('out/ has no web editor', () => {
  test('no /admin address and no Decap CMS file', () => {
    expect(files.length).toBeGreaterThan(0)
    expect(files.filter((file) => /^admin(\/|\.html$)|(^|\/)(decap|config\.yml)/i.test(file))).toEqual([])
  })

  test("no page names the editor's scripts", () => {
    const pages = files.filter((file) => file.endsWith('.html'))
    expect(pages.length).toBeGreaterThan(0)
    const named = pages.filter((file) =>
      /decap-cms|\/admin\/|CMS_MANUAL_INIT/.test(readFileSync(join(staticDir, file), 'utf8')),
    )
    expect(named).toEqual([])
  })
})
