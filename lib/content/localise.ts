// What turns a checked English-addressed tree into a page of a translated language: its links to the
// site's pages go to that language's pages (/procedure#numbing-and-pain → /hi/procedure#numbing-and-pain),
// the words the pipeline added (a heading's hidden "Link to the section …") are in the language, and its
// digits are written as the clinic chose. Run after the link check, which validates the English targets
// (the ids are the same in every language).
import type { Element, Root } from 'hast'
import { toString as hastToString } from 'hast-util-to-string'
import { visit } from 'unist-util-visit'
import { withDigits, type Digits } from '@/lib/i18n/digits'
import { fill } from '@/lib/i18n/fill'
import { localePath, type Locale } from '@/lib/i18n/locales'
import { contentWords } from './words'

/** A link to one of the site's pages (not a file such as /diagrams/x.svg, not another site, not "#id" alone). */
export function isPageLink(href: string): boolean {
  if (!href.startsWith('/') || href.startsWith('//')) return false
  const path = href.split(/[?#]/, 1)[0]!
  return !/\.[a-z0-9]+$/i.test(path.slice(path.lastIndexOf('/') + 1))
}

/** The href in the language: a page link moves to the language's address, anything else stays. */
export const localiseHref = (href: string, locale: Locale) => (isPageLink(href) ? localePath(locale, href) : href)

const classes = (node: Element) => {
  const value = node.properties.className
  return Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(/\s+/) : []
}

/** A copy of the tree whose page links go to the language's pages (images and files stay). */
export function localiseLinks(source: Root, locale: Locale): Root {
  const tree = structuredClone(source)
  visit(tree, 'element', (node: Element) => {
    if (typeof node.properties.href === 'string') node.properties.href = localiseHref(node.properties.href, locale)
  })
  return tree
}

/** The hidden text of each heading's "#" link (lib/content/markdown.ts writes it in English), in the language. */
export function localiseHeadingAnchors(tree: Root, locale: Locale): void {
  visit(tree, 'element', (heading: Element) => {
    if (heading.tagName !== 'h2' && heading.tagName !== 'h3') return
    const anchor = heading.children.find(
      (child): child is Element => child.type === 'element' && classes(child).includes('heading-anchor'),
    )
    const label = anchor?.children.find(
      (child): child is Element => child.type === 'element' && classes(child).includes('sr-only'),
    )
    if (!label) return
    const text = hastToString({ ...heading, children: heading.children.filter((child) => child !== anchor) })
    label.children = [{ type: 'text', value: fill(contentWords[locale].sectionLink, { heading: text.trim() }) }]
  })
}

// Text inside these is not prose: code keeps its characters.
const keepDigits = new Set(['code', 'pre'])

/** Writes the tree's visible digits (and labels) as the clinic chose; addresses and numbers to dial stay. */
export function applyDigits(tree: Root, digits: Digits): void {
  if (digits === 'latin') return
  const walk = (node: Root | Element) => {
    for (const child of node.children) {
      if (child.type === 'text') child.value = withDigits(child.value, digits)
      else if (child.type === 'element' && !keepDigits.has(child.tagName)) {
        for (const name of ['ariaLabel', 'alt', 'title'] as const) {
          const value = child.properties[name]
          if (typeof value === 'string') child.properties[name] = withDigits(value, digits)
        }
        walk(child)
      }
    }
  }
  walk(tree)
}
