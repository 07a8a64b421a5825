// Plain text from the answers' HTML, for matching and for structured data. The HTML is the sanitized
// output of lib/content/markdown.ts (paragraphs, lists, links, emphasis), so a small tag stripper is
// enough: no parser has to ship to the browser, and nothing here runs on untrusted markup.

const blockTags = /<\/?(?:p|div|li|ul|ol|h[1-6]|blockquote|pre|table|thead|tbody|tr|td|th|br|hr)\b[^>]*>/gi
const anyTag = /<[^>]*>/g

const namedEntities: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (entity, body: string) => {
    if (body[0] === '#') {
      const code =
        body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10)
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity
    }
    return namedEntities[body.toLowerCase()] ?? entity
  })
}

/** The text a reader sees, with block elements separated by a space and whitespace collapsed. */
export function htmlToText(html: string): string {
  return decodeEntities(html.replace(blockTags, ' ').replace(anyTag, '')).replace(/\s+/g, ' ').trim()
}
