// The markdown pipeline: contentlayer.config.ts hands it to Contentlayer, the one place markdown
// is parsed, and the tests run the very same function on fixture files.
import type { Element, ElementContent, Root as HastRoot } from 'hast'
import { toString as hastToString } from 'hast-util-to-string'
import type { Root as MdastRoot } from 'mdast'
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize'
import rehypeSlug from 'rehype-slug'
import rehypeStringify from 'rehype-stringify'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import type { Pluggable, Processor } from 'unified'
import { visit } from 'unist-util-visit'
import { fill } from '../i18n/fill'
import { defaultPublicDir, readImageSize } from './images'
import { contentWords } from './words'

/** Thrown for markdown an editor must change; Contentlayer prints it with the file name. */
export class MarkdownContentError extends Error {}

const where = (node: { position?: { start: { line: number } } }) =>
  node.position ? ` (line ${node.position.start.line})` : ''

/**
 * Raw HTML would be dropped silently by the renderer, and could carry script, so it is an error
 * instead. Task-list checkboxes render as unlabelled form controls, so they are refused too.
 */
export function remarkRejectUnsafeSyntax() {
  return (tree: MdastRoot) => {
    visit(tree, (node) => {
      if (node.type === 'html') {
        throw new MarkdownContentError(
          `Raw HTML is not allowed in markdown${where(node)}: ${node.value.slice(0, 60)}. Use markdown syntax instead.`,
        )
      }
      if (node.type === 'listItem' && typeof node.checked === 'boolean') {
        throw new MarkdownContentError(
          `Task-list checkboxes ("- [ ]") are not allowed${where(node)}: use an ordinary list.`,
        )
      }
      if (node.type === 'heading' && node.depth === 1) {
        throw new MarkdownContentError(
          `A "# " heading is not allowed in the body${where(node)}: the title is the page's only h1. Start sections with "## ".`,
        )
      }
    })
  }
}

// GitHub's schema, without its "user-content-" id prefix (ids are added after sanitizing anyway),
// and with tel: links, so an article can offer a number to call.
const sanitizeSchema = {
  ...defaultSchema,
  clobberPrefix: '',
  protocols: { ...defaultSchema.protocols, href: [...(defaultSchema.protocols?.href ?? []), 'tel'] },
}

/** Gives every h2/h3 a visible "#" link to itself, so staff can copy a section's address. */
export function rehypeHeadingAnchors() {
  return (tree: HastRoot) => {
    visit(tree, 'element', (node: Element) => {
      if ((node.tagName !== 'h2' && node.tagName !== 'h3') || typeof node.properties.id !== 'string') return
      const id = node.properties.id
      const text = hastToString(node)
      node.children.push({
        type: 'element',
        tagName: 'a',
        properties: { href: `#${id}`, className: ['heading-anchor'] },
        children: [
          {
            type: 'element',
            tagName: 'span',
            properties: { ariaHidden: 'true' },
            children: [{ type: 'text', value: '#' }],
          },
          {
            type: 'element',
            tagName: 'span',
            properties: { className: ['sr-only'] },
            children: [{ type: 'text', value: fill(contentWords.en.sectionLink, { heading: text }) }],
          },
        ],
      })
    })
  }
}

/** What a section id may be: lower-case letters and digits in words joined by single hyphens. */
export const sectionIdPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
// `## Heading text {#id}` or `{#id aliases=old-id,older-id}` at the very end of the heading.
const explicitIdPattern = /\s*\{#([^}\s]*)((?:\s+[^}]*)?)\}\s*$/

/**
 * Explicit section ids: `## After your session {#after-your-session}` gives the heading that id
 * (rehype-slug leaves it alone), so rewording the text keeps the address. `aliases=a,b` keeps old
 * ids working without JavaScript: each becomes an empty element with that id inside the heading,
 * so /page#a lands on the same section. The `{...}` never shows on the page.
 */
export function rehypeExplicitIds() {
  return (tree: HastRoot) => {
    visit(tree, 'element', (node: Element) => {
      if (!/^h[2-6]$/.test(node.tagName)) return
      const last = node.children.at(-1)
      if (last?.type !== 'text') return
      const match = explicitIdPattern.exec(last.value)
      if (!match) return
      const [, id = '', options = ''] = match
      const line = where(node)
      if (!sectionIdPattern.test(id)) {
        throw new MarkdownContentError(
          `The heading's id "{#${id}}"${line} must be lower-case words joined by hyphens, e.g. {#after-your-session}.`,
        )
      }
      const aliases: string[] = []
      for (const option of options.trim().split(/\s+/).filter(Boolean)) {
        const [key, value = ''] = option.split('=', 2)
        if (key !== 'aliases' || value === '') {
          throw new MarkdownContentError(
            `The heading's "{#${id}${options}}"${line} may only add old ids, written {#${id} aliases=old-id,older-id}.`,
          )
        }
        for (const alias of value.split(',')) {
          if (!sectionIdPattern.test(alias)) {
            throw new MarkdownContentError(
              `The heading's old id "${alias}"${line} must be lower-case words joined by hyphens, e.g. aliases=washing,first-wash.`,
            )
          }
          aliases.push(alias)
        }
      }
      last.value = last.value.slice(0, match.index)
      if (last.value === '') node.children.pop()
      node.properties.id = id
      node.children.unshift(
        ...aliases.map((alias): Element => ({
          type: 'element',
          tagName: 'span',
          properties: { id: alias, dataAlias: '' },
          children: [],
        })),
      )
    })
  }
}

const isBlankText = (node: ElementContent) => node.type === 'text' && node.value.trim() === ''

/**
 * An image that is a paragraph of its own, `![alt](/diagrams/x.svg "Caption")`, becomes a figure:
 * the title is its caption, and the SVG's viewBox gives the width and height that reserve its
 * space. Anything wrong with it (no file, no alt, no caption) is reported by the content check.
 */
export function rehypeFigures({ publicDir = defaultPublicDir() }: { publicDir?: string } = {}) {
  return (tree: HastRoot) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName !== 'p' || !parent || index === undefined) return
      const [image, ...rest] = node.children.filter((child) => !isBlankText(child))
      if (rest.length > 0 || image?.type !== 'element' || image.tagName !== 'img') return
      // No src: the sanitizer removed an address it does not allow; the content check reports it.
      if (typeof image.properties.src !== 'string') return
      const { title, ...properties } = image.properties
      const caption = typeof title === 'string' ? title.trim() : ''
      const size = readImageSize(image.properties.src, publicDir)
      image.properties = { ...properties, loading: 'lazy', decoding: 'async', ...size }
      const figcaption: Element = {
        type: 'element',
        tagName: 'figcaption',
        properties: {},
        children: [{ type: 'text', value: caption }],
      }
      parent.children[index] = {
        type: 'element',
        tagName: 'figure',
        properties: {},
        children: caption ? [image, figcaption] : [image],
      }
    })
  }
}

export const remarkPlugins: Pluggable[] = [remarkGfm, remarkRejectUnsafeSyntax]
// Sanitize first: the ids, anchors and figures added after it are ours, not the editor's.
export const rehypePlugins: Pluggable[] = [
  [rehypeSanitize, sanitizeSchema],
  rehypeExplicitIds,
  rehypeSlug,
  rehypeHeadingAnchors,
  rehypeFigures,
]

// Finished trees by source file ("articles/aftercare.md"), from the last plugin to the `tree`
// computed field, which Contentlayer resolves right after the body in the same process.
const finishedTrees = new Map<string, HastRoot>()

/** The last plugin: keeps the finished tree (with line positions) for the computed field and the tests. */
export function rehypeKeepTree() {
  return (tree: HastRoot, file: { data: Record<string, unknown> }) => {
    file.data.tree = tree
    const raw = file.data.rawDocumentData as { sourceFilePath?: string } | undefined
    if (raw?.sourceFilePath) finishedTrees.set(raw.sourceFilePath, tree)
  }
}

/** The finished tree of one source file, once (Contentlayer's `tree` computed field). */
export function takeFinishedTree(sourceFilePath: string): HastRoot | undefined {
  const tree = finishedTrees.get(sourceFilePath)
  finishedTrees.delete(sourceFilePath)
  return tree
}

/**
 * The whole pipeline, on a unified builder: Contentlayer's `markdown` callback (it passes the
 * whole file, front matter included, so error lines count from the top of the file).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- Contentlayer's builder type is unified's untyped Processor
export function markdownPipeline(builder: Processor<any, any, any, any, any>): void {
  builder
    .use(remarkFrontmatter)
    .use(remarkParse)
    .use(remarkPlugins)
    .use(remarkRehype)
    .use(rehypePlugins)
    .use(rehypeKeepTree)
    .use(rehypeStringify)
}
