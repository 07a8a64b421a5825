// The words of an element as a reader sees them, for the FAQ search: the browser's twin of
// lib/content/plain-text.ts (same block elements), read from the DOM the page already has.
import { blockElements } from '@/lib/html/block-elements'

function collect(node: Node, out: string[]) {
  if (node.nodeType === node.TEXT_NODE) out.push(node.nodeValue ?? '')
  if (node.nodeType !== node.ELEMENT_NODE) return
  const block = blockElements.has((node as Element).tagName.toLowerCase())
  if (block) out.push(' ')
  for (const child of node.childNodes) collect(child, out)
  if (block) out.push(' ')
}

/** The element's (or fragment's) text, blocks separated by a space, whitespace collapsed. */
export function elementText(element: ParentNode): string {
  const out: string[] = []
  for (const child of element.childNodes) collect(child, out)
  return out.join('').replace(/\s+/g, ' ').trim()
}
