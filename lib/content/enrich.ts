// What the rendered markdown gains from the rest of content/ before a page shows it: the clinic's
// country's values for {{placeholders}}, numbered citations for [@source-id], and a link from the
// first use of each glossary term to its definition. It runs in the content step on the syntax
// tree Contentlayer produced, so a change to site.yaml, regions.yaml or glossary.yaml reaches every
// page without recompiling it, and no HTML is parsed again.
import type { Element, ElementContent, Root, Text } from 'hast'
import type { GlossaryTerm } from '@/lib/glossary/schema'
import { fill } from '@/lib/i18n/fill'
import type { Locale } from '@/lib/i18n/locales'
import { regionExampleTokens, regionTokens, type Region } from '@/lib/site/regions'
import { contentWords } from './words'

export type EnrichOptions = {
  /** The clinic's country's values; undefined when the settings are broken (reported elsewhere). */
  region?: Region
  /** Citations are for articles; an FAQ answer links to an article instead. */
  allowCitations: boolean
  /** Terms to link on first use, and the page that defines them (none on the glossary itself). */
  glossary?: { path: string; terms: readonly GlossaryTerm[] }
  /** The language of the page's words (the citation numbers' labels): English unless given. */
  locale?: Locale
}

export type Citation = { id: string; uses: number }

export type Enriched = {
  /** A filled-in copy: the tree given is not changed. */
  tree: Root
  /** The sources cited, in the order they are first cited (their numbers, from 1), and how often. */
  citations: Citation[]
  problems: string[]
}

const placeholder = /\{\{\s*([A-Za-z]+)\s*\}\}/g
const encodedPlaceholder = /%7B%7B\s*([A-Za-z]+)\s*%7D%7D/gi
const citation = /\[@([a-z0-9]+(?:-[a-z0-9]+)*)\]/g
const looksLikeCitation = /\[@[^\]]*\]/g

/** Anchor ids on the page: the citation's place in the text and the source's entry in the list. */
export const citationAnchor = (id: string, occurrence: number) => `cite-${id}${occurrence > 1 ? `-${occurrence}` : ''}`
export const sourceAnchor = (id: string) => `source-${id}`

// Text inside these is never changed into links: headings (their ids and the "On this page" list
// come from their text), existing links, captions, code and citation markers.
const noLinkTags = new Set(['a', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'figcaption', 'code', 'pre', 'sup'])

const text = (value: string): Text => ({ type: 'text', value })
const element = (tagName: string, properties: Element['properties'], children: ElementContent[]): Element => ({
  type: 'element',
  tagName,
  properties,
  children,
})

function replacePlaceholders(
  value: string,
  region: Region | undefined,
  pattern: RegExp,
  problems: Set<string>,
): string {
  return value.replace(pattern, (whole, name: string) => {
    if ((regionExampleTokens as readonly string[]).includes(name)) {
      // A country's own example: another country has none, and its pages say nothing in its place.
      return region ? (region[name as (typeof regionExampleTokens)[number]] ?? '') : whole
    }
    if (!(regionTokens as readonly string[]).includes(name)) {
      const known = [...regionTokens, ...regionExampleTokens].map((t) => `{{${t}}}`).join(', ')
      problems.add(`unknown placeholder ${whole}: use one of ${known}`)
      return whole
    }
    return region ? region[name as (typeof regionTokens)[number]] : whole
  })
}

/**
 * What may stand beside a word without ending it: letters, digits, hyphens and combining marks (\p{M}:
 * Devanagari's vowel signs and viramas, as in "पिगमेंटों", are marks, not letters).
 */
const wordPart = '[\\p{L}\\p{M}\\p{N}-]'

/** One regular expression a term, matching its name and other forms as whole words, any case. */
function termPattern(term: GlossaryTerm): RegExp {
  const forms = [term.term, ...(term.also ?? [])]
    .sort((a, b) => b.length - a.length)
    .map((form) => form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'))
  return new RegExp(`(?<!${wordPart})(?:${forms.join('|')})(?!${wordPart})`, 'giu')
}

type Match = { index: number; length: number; term: GlossaryTerm }

export function enrichTree(source: Root, options: EnrichOptions): Enriched {
  const tree = structuredClone(source)
  const problems = new Set<string>()
  const citations: string[] = []
  const occurrences = new Map<string, number>()
  const unlinked = new Map((options.glossary?.terms ?? []).map((term) => [term, termPattern(term)]))

  const citationMarker = (id: string): Element => {
    if (!citations.includes(id)) citations.push(id)
    const occurrence = (occurrences.get(id) ?? 0) + 1
    occurrences.set(id, occurrence)
    const number = citations.indexOf(id) + 1
    return element('sup', { className: ['citation'] }, [
      // The label says what the number is; it keeps the number, as the visible text (WCAG 2.5.3).
      element(
        'a',
        {
          href: `#${sourceAnchor(id)}`,
          id: citationAnchor(id, occurrence),
          dataCitation: id,
          ariaLabel: fill(contentWords[options.locale ?? 'en'].sourceLabel, { number }),
        },
        [text(String(number))],
      ),
    ])
  }

  /** Splits a text node into text, citation markers and glossary links. */
  const expandText = (value: string, linkTerms: boolean): ElementContent[] => {
    const out: ElementContent[] = []
    const withCitations = value.split(citation)
    // split with one capture group alternates: text, id, text, id, ..., text
    withCitations.forEach((part, index) => {
      if (index % 2 === 1) {
        if (options.allowCitations) out.push(citationMarker(part))
        else {
          problems.add(
            `citations such as [@${part}] are for articles: in an FAQ answer, link to the article section instead`,
          )
          out.push(text(`[@${part}]`))
        }
        return
      }
      for (const stray of part.match(looksLikeCitation) ?? []) {
        problems.add(`"${stray}" is not a citation: write [@source-id] with an id from content/references.yaml`)
      }
      out.push(...(linkTerms ? linkGlossaryTerms(part) : [text(part)]))
    })
    return out.filter((node) => node.type !== 'text' || node.value !== '')
  }

  const linkGlossaryTerms = (value: string): ElementContent[] => {
    const out: ElementContent[] = []
    let rest = value
    for (;;) {
      let first: Match | undefined
      for (const [term, pattern] of unlinked) {
        pattern.lastIndex = 0
        const found = pattern.exec(rest)
        if (
          found &&
          (!first || found.index < first.index || (found.index === first.index && found[0].length > first.length))
        ) {
          first = { index: found.index, length: found[0].length, term }
        }
      }
      if (!first) break
      unlinked.delete(first.term)
      out.push(text(rest.slice(0, first.index)))
      out.push(
        element('a', { href: `${options.glossary!.path}#${first.term.id}`, className: ['glossary-link'] }, [
          text(rest.slice(first.index, first.index + first.length)),
        ]),
      )
      rest = rest.slice(first.index + first.length)
    }
    out.push(text(rest))
    return out
  }

  const walk = (parent: Root | Element, linkTerms: boolean) => {
    parent.children = parent.children.flatMap((child): ElementContent[] => {
      if (child.type === 'text')
        return expandText(replacePlaceholders(child.value, options.region, placeholder, problems), linkTerms)
      if (child.type === 'element') {
        for (const [key, value] of Object.entries(child.properties)) {
          if (typeof value === 'string') {
            child.properties[key] = replacePlaceholders(
              replacePlaceholders(value, options.region, placeholder, problems),
              options.region,
              encodedPlaceholder,
              problems,
            )
          }
        }
        const inside = child.tagName === 'pre' || child.tagName === 'code'
        if (!inside) walk(child, linkTerms && !noLinkTags.has(child.tagName))
        return [child]
      }
      return child.type === 'doctype' ? [] : [child as ElementContent]
    })
  }
  walk(tree, Boolean(options.glossary))

  return { tree, citations: citations.map((id) => ({ id, uses: occurrences.get(id) ?? 1 })), problems: [...problems] }
}
