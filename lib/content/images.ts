// Images in markdown are files of this site (the diagrams in public/diagrams/), each shown as a
// figure with a caption. The figure plugin (markdown.ts) reads their size from here, and the
// content check (lib/content/documents.ts) uses checkImages to name what an editor must fix.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Element, Root } from 'hast'
import { toString as hastToString } from 'hast-util-to-string'
import { SKIP, visit } from 'unist-util-visit'

export type ImageSize = { width: number; height: number }

/**
 * The folder whose files the site serves from "/": `public/` in the working directory. (The
 * turbopackIgnore comments below keep Next from copying the whole project into the server build
 * to serve these look-ups: they only run while content is checked and pages are prerendered.)
 */
export const defaultPublicDir = () => join(process.cwd(), 'public')

/**
 * The file under `publicDir` that a root-relative address ("/diagrams/skin-layers.svg") serves,
 * or undefined for anything else: another site's address, a relative path, or a path that
 * climbs out of the folder.
 */
export function publicFilePath(src: string, publicDir: string): string | undefined {
  if (!src.startsWith('/') || src.startsWith('//')) return undefined
  let path: string
  try {
    path = decodeURIComponent(src.replace(/[?#].*$/, ''))
  } catch {
    return undefined
  }
  const segments = path.split('/').filter(Boolean)
  if (
    segments.length === 0 ||
    segments.some((segment) => segment === '..' || segment === '.' || segment.includes('\\'))
  )
    return undefined
  return join(publicDir, ...segments)
}

/** The size an SVG declares in its viewBox (its drawing units), or undefined if it has none. */
export function svgSize(svg: string): ImageSize | undefined {
  const viewBox = /<svg\b[^>]*\sviewBox="([^"]+)"/.exec(svg)?.[1]
  const numbers = viewBox
    ?.trim()
    .split(/[\s,]+/)
    .map(Number)
  if (!numbers || numbers.length !== 4 || numbers.some((n) => !Number.isFinite(n))) return undefined
  const [, , width = 0, height = 0] = numbers
  return width > 0 && height > 0 ? { width: Math.round(width), height: Math.round(height) } : undefined
}

/** The intrinsic size of a local SVG image, so the page can reserve its space before it loads. */
export function readImageSize(src: string, publicDir = defaultPublicDir()): ImageSize | undefined {
  const file = publicFilePath(src, publicDir)
  if (!file || !file.toLowerCase().endsWith('.svg') || !existsSync(/*turbopackIgnore: true*/ file)) return undefined
  return svgSize(readFileSync(/*turbopackIgnore: true*/ file, 'utf8'))
}

const example = '![What the picture shows](/diagrams/name.svg "The caption")'

const stringProperty = (node: Element, name: string) =>
  typeof node.properties[name] === 'string' ? (node.properties[name] as string) : undefined

const nameOf = (image: Element) => {
  const src = stringProperty(image, 'src')
  const alt = stringProperty(image, 'alt')?.trim()
  return src ? `image "${src}"` : alt ? `the image "${alt}"` : 'an image'
}

/** What is wrong with one image's address and alt text, in words an editor can act on. */
function imageProblems(image: Element, publicDir: string): string[] {
  const src = stringProperty(image, 'src')
  const name = nameOf(image)
  const problems: string[] = []
  if (!src) {
    // The sanitizer removes addresses it does not allow (javascript:, data:), leaving no src.
    problems.push(`${name} has an address that is not allowed: write it as ${example}`)
  } else if (/^(https?:)?\/\//i.test(src)) {
    problems.push(
      `${name} comes from another website: save the file in public/diagrams/ and write its address as /diagrams/name.svg`,
    )
  } else {
    const file = publicFilePath(src, publicDir)
    if (!file)
      problems.push(
        `${name} must have an address that starts with "/", e.g. /diagrams/name.svg for the file public/diagrams/name.svg`,
      )
    else if (!existsSync(/*turbopackIgnore: true*/ file))
      problems.push(`${name} does not exist: there is no file public${src.replace(/[?#].*$/, '')}`)
  }
  if (!stringProperty(image, 'alt')?.trim())
    problems.push(`${name} has no alt text: describe what the picture shows between the brackets, ${example}`)
  return problems
}

const isImage = (node: Element) => node.tagName === 'img'

/**
 * Problems with the images in one page's tree: each must be a file in `publicDir`, have alt
 * text, and stand as a figure with a caption (a paragraph of its own, with a title).
 */
export function checkImages(tree: Root, publicDir = defaultPublicDir()): string[] {
  const inFigures: string[] = []
  const elsewhere: string[] = []
  visit(tree, 'element', (node: Element) => {
    if (node.tagName === 'figure') {
      const caption = node.children.find(
        (child): child is Element => child.type === 'element' && child.tagName === 'figcaption',
      )
      visit(node, 'element', (image: Element) => {
        if (!isImage(image)) return
        inFigures.push(...imageProblems(image, publicDir))
        if (!caption || !hastToString(caption).trim())
          inFigures.push(`${nameOf(image)} has no caption: put it in quotes after the address, ${example}`)
      })
      return SKIP
    }
    if (!isImage(node)) return
    elsewhere.push(...imageProblems(node, publicDir))
    // Without a src the figure plugin leaves it alone: the address is the problem to fix first.
    if (stringProperty(node, 'src')) {
      elsewhere.push(
        `${nameOf(node)} must be a paragraph of its own (a blank line before and after it) to show as a figure with its caption`,
      )
    }
  })
  return [...inFigures, ...elsewhere]
}
