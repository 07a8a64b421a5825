// The checked content, written by the content step to .content/ (gitignored) in the style of
// .contentlayer/generated: a JSON file, and an index.js with its types that `@content/checked`
// (tsconfig paths) points at. Pages read only this, so the check never runs in Next's workers.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { CheckedContent } from './model'

export const checkedDir = (root = process.cwd()) => join(root, '.content')

const indexJs = `// NOTE Written by the content step (lib/content/output.ts): do not edit.
import checked from './content.json' with { type: 'json' }

export default checked
`
const indexDts = `// NOTE Written by the content step (lib/content/output.ts): do not edit.
import type { CheckedContent } from '../lib/content/model'

declare const checked: CheckedContent
export default checked
`

/** Writes the checked content; a file is only rewritten when it changes, so Next reloads only then. */
export function writeChecked(dir: string, checked: CheckedContent): void {
  mkdirSync(dir, { recursive: true })
  const write = (name: string, text: string) => {
    const path = join(dir, name)
    let old: string | undefined
    try {
      old = readFileSync(path, 'utf8')
    } catch {
      old = undefined
    }
    if (old !== text) writeFileSync(path, text)
  }
  write('index.js', indexJs)
  write('index.d.ts', indexDts)
  write('content.json', `${JSON.stringify(checked)}\n`)
}
