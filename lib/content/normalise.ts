// Every way an editor's program saves a file builds the same page: Windows (CRLF) and old Mac (CR)
// line endings, a UTF-8 byte-order mark and spaces or tabs at the ends of lines are taken out before
// Contentlayer reads the file (it cannot read front matter with CR endings at all). Line numbers
// stay as the editor sees them. Two trailing spaces are a line break in markdown, which nobody sees
// while typing: a break is written as a backslash at the end of the line instead.
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

export function normaliseSource(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t]+$/gm, '')
}

/** Copies `from` (content/) to `to`, with each markdown and YAML file normalised. */
export function stageContent(from: string, to: string): void {
  rmSync(to, { recursive: true, force: true })
  mkdirSync(to, { recursive: true })
  for (const name of readdirSync(from)) {
    const source = join(from, name)
    const target = join(to, name)
    if (statSync(source).isDirectory()) stageContent(source, target)
    else if (/\.(md|ya?ml)$/.test(name)) writeFileSync(target, normaliseSource(readFileSync(source, 'utf8')))
    else cpSync(source, target)
  }
}
