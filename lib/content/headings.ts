// Reads the h2/h3 outline back out of the HTML our own pipeline produced (see markdown.ts),
// for the "On this page" list and the link checker.
export type Heading = { id: string; text: string; level: 2 | 3 }

const headingPattern = /<h([23]) id="([^"]+)">([\s\S]*?)<\/h\1>/g
const anchorPattern = /<a [^>]*class="heading-anchor"[^>]*>[\s\S]*?<\/a>/g
const tagPattern = /<[^>]+>/g

const entities: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#x27;': "'", '&#39;': "'" }
// rehype-stringify writes numeric references (& → &#x26;, < → &#x3C;), so decode those as well as the named ones.
const decodeEntities = (text: string) => text.replace(/&(?:#x([0-9a-f]+)|#([0-9]+)|[a-z]+);/gi, (entity, hex?: string, dec?: string) => hex || dec ? String.fromCodePoint(hex ? parseInt(hex, 16) : Number(dec)) : (entities[entity] ?? entity))

export function extractHeadings(html: string): Heading[] {
  return [...html.matchAll(headingPattern)].map(([, level, id, inner]) => ({
    level: level === '2' ? 2 : 3,
    id: id!,
    text: decodeEntities((inner ?? '').replace(anchorPattern, '').replace(tagPattern, '')).trim(),
  }))
}

/** Every id in the HTML, for checking `#anchor` links. */
export function extractIds(html: string): string[] {
  return [...html.matchAll(/\sid="([^"]+)"/g)].map(([, id]) => id!)
}

/** Every href in the HTML. */
export function extractHrefs(html: string): string[] {
  return [...html.matchAll(/\shref="([^"]*)"/g)].map(([, href]) => decodeEntities(href!))
}

/**
 * The HTML of the section a heading starts: from the heading with this id up to the next heading
 * of the same or a higher level (an h2's section includes its h3s). Undefined when no such heading.
 */
export function sectionHtml(html: string, id: string): string | undefined {
  const start = new RegExp(`<h([23]) id="${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}">`).exec(html)
  if (!start) return undefined
  const level = Number(start[1])
  const rest = html.slice(start.index + start[0].length)
  const end = new RegExp(level === 2 ? '<h2[\\s>]' : '<h[23][\\s>]').exec(rest)
  return rest.slice(0, end ? end.index : undefined)
}
