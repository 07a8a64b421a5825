// A page that would be empty is refused: an article or FAQ answer with no text, or with only a
// placeholder (TODO, TBC, TBD, Lorem ipsum, "coming soon", ...) where the text should be.
import type { Element, Root, RootContent } from 'hast'
import type { ContentProblem } from './model'

/** The words of a body as a patient reads them (images count as content: they have alt text). */
function bodyText(tree: Root): { text: string; hasImage: boolean; hasLink: boolean } {
  let text = ''
  let hasImage = false
  let hasLink = false
  const walk = (node: Root | RootContent) => {
    if (node.type === 'text') text += ` ${node.value}`
    if (node.type === 'element') {
      const element = node as Element
      if (element.tagName === 'img') hasImage = true
      // A link gives the page a purpose ("Coming soon: [the new page](/new)"); the "#" beside a
      // heading is the site's, not the editor's.
      if (element.tagName === 'a') {
        if (String(element.properties.className ?? '').includes('heading-anchor')) return
        hasLink = true
      }
    }
    if ('children' in node) for (const child of node.children) walk(child)
  }
  walk(tree)
  return { text: text.replace(/\s+/g, ' ').trim(), hasImage, hasLink }
}

const placeholders =
  /\b(?:todo|to ?do|tbc|tbd|tba|fixme|xxx+|placeholder|lorem ipsum(?: dolor(?: sit(?: amet)?)?)?|coming soon|to be (?:confirmed|decided|determined|added|written)|text (?:goes )?here|write (?:this|here)|more to come)\b/gi

/** What is wrong with a body, or undefined when it has real text. */
export function emptyBodyReason(tree: Root): string | undefined {
  const { text, hasImage, hasLink } = bodyText(tree)
  if (!text && !hasImage) return 'has no text after its front matter: write the page, or remove the file'
  if (hasImage || hasLink) return undefined
  const found = text.match(placeholders)
  if (!found) return undefined
  const rest = text
    .replace(placeholders, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
  const restWords = rest ? rest.split(' ').length : 0
  // "Nearly all": a placeholder with a few words around it ("TODO: write this section"), or the
  // stock Latin filler, which starts with "Lorem ipsum" and goes on for any length.
  if (restWords <= 4 || /^\W*lorem ipsum\b/i.test(text)) {
    return `has only a placeholder ("${found[0]}") where its text should be: write the page, or remove the file`
  }
  return undefined
}

export function emptyBodyProblems(docs: { file: string; tree: Root }[]): ContentProblem[] {
  return docs.flatMap((doc) => {
    const reason = emptyBodyReason(doc.tree)
    return reason ? [{ file: doc.file, message: reason }] : []
  })
}
