import { mkdtempSync, readFileSync, rmSync, statSync, utimesSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import type { CheckedContent } from '@/lib/content/model'
import { writeChecked } from '@/lib/content/output'

const dir = mkdtempSync(join(tmpdir(), 'checked-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const failed: CheckedContent = {
  includeDrafts: true,
  problems: [{ file: 'content/site.yaml', field: 'url', message: 'must be a URL' }],
}

describe('writeChecked', () => {
  it('writes the JSON, an index that imports it, and its types', () => {
    writeChecked(dir, failed)
    expect(JSON.parse(readFileSync(join(dir, 'content.json'), 'utf8'))).toEqual(failed)
    expect(readFileSync(join(dir, 'index.js'), 'utf8')).toContain(
      "import checked from './content.json' with { type: 'json' }",
    )
    expect(readFileSync(join(dir, 'index.d.ts'), 'utf8')).toContain('declare const checked: CheckedContent')
  })

  it('leaves a file alone when it has not changed, so Next reloads only on a real change', () => {
    writeChecked(dir, failed)
    const old = new Date('2020-01-01T00:00:00Z')
    utimesSync(join(dir, 'content.json'), old, old)
    writeChecked(dir, failed)
    expect(statSync(join(dir, 'content.json')).mtime).toEqual(old)
    writeChecked(dir, { ...failed, includeDrafts: false })
    expect(statSync(join(dir, 'content.json')).mtime).not.toEqual(old)
  })
})
