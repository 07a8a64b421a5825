// The words of a document as a reader sees them, from its syntax tree: for the FAQ search and the
// answers in structured data. Character references are already decoded in the tree.
import type { Root, RootContent } from 'hast'
import { blockElements } from '@/lib/html/block-elements'

function collect(node: Root | RootContent, out: string[]) {
  if (node.type === 'text') out.push(node.value)
  if (node.type !== 'root' && node.type !== 'element') return
  const block = node.type === 'element' && blockElements.has(node.tagName)
  if (block) out.push(' ')
  for (const child of node.children) collect(child, out)
  if (block) out.push(' ')
}

/** The text of the tree, blocks separated by a space, whitespace collapsed. */
export function plainText(tree: Root): string {
  const out: string[] = []
  collect(tree, out)
  return out.join('').replace(/\s+/g, ' ').trim()
}
