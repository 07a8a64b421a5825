// The outline, ids, links and sections of a page, read from its syntax tree (the one Contentlayer
// produced, after the content step filled it in) with unist visitors: no HTML is parsed again.
import type { Element, ElementContent, Root } from 'hast'
import { toString as hastToString } from 'hast-util-to-string'
import { visit, SKIP } from 'unist-util-visit'

export type Heading = { id: string; text: string; level: 2 | 3 }

/** An empty tree: what a data file (YAML) has for a body. */
export const emptyTree = (): Root => ({ type: 'root', children: [] })

const classes = (node: Element) => {
  const value = node.properties.className
  return Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(/\s+/) : []
}

/** The words of a node as a reader sees them, without the heading's own "#" link. */
function visibleText(node: Element): string {
  const copy: Element = {
    ...node,
    children: node.children.filter((child) => !(child.type === 'element' && classes(child).includes('heading-anchor'))),
  }
  return hastToString(copy)
}

/**
 * The h2/h3 outline, for the "On this page" list and the link checker. A visually hidden heading
 * (the footnotes' label) is not part of it.
 */
export function headingsOf(tree: Root): Heading[] {
  const headings: Heading[] = []
  visit(tree, 'element', (node: Element) => {
    if (node.tagName !== 'h2' && node.tagName !== 'h3') return
    const id = node.properties.id
    if (typeof id !== 'string' || classes(node).includes('sr-only')) return SKIP
    headings.push({ level: node.tagName === 'h2' ? 2 : 3, id, text: visibleText(node).trim() })
    return SKIP
  })
  return headings
}

/** Every id in the tree, for checking `#anchor` links. */
export function idsOf(tree: Root): string[] {
  const ids: string[] = []
  visit(tree, 'element', (node: Element) => {
    if (typeof node.properties.id === 'string') ids.push(node.properties.id)
  })
  return ids
}

/** Every href in the tree, in document order. */
export function hrefsOf(tree: Root): string[] {
  const hrefs: string[] = []
  visit(tree, 'element', (node: Element) => {
    if (typeof node.properties.href === 'string') hrefs.push(node.properties.href)
  })
  return hrefs
}

const headingLevel = (node: ElementContent) =>
  node.type === 'element' && /^h[1-6]$/.test(node.tagName) ? Number(node.tagName[1]) : undefined

/**
 * The section a heading starts: what follows the heading with this id up to the next heading of
 * the same or a higher level (an h2's section includes its h3s). Undefined when no such heading.
 */
export function sectionOf(tree: Root, id: string): Root | undefined {
  let section: Root | undefined
  visit(tree, 'element', (node: Element, index, parent) => {
    if (section || parent === undefined || index === undefined) return
    const level = headingLevel(node)
    if (level === undefined || level > 3 || node.properties.id !== id) return
    const rest = parent.children.slice(index + 1) as ElementContent[]
    const end = rest.findIndex((sibling) => (headingLevel(sibling) ?? 7) <= level)
    section = { type: 'root', children: end === -1 ? rest : rest.slice(0, end) }
  })
  return section
}
