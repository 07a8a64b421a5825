// How easy a page is to read: the Flesch-Kincaid grade of its prose, from the syntax tree our
// markdown pipeline produced (lib/content/markdown.ts). Pure, so the content step and the tests share it.
//
// What counts as prose, and why:
// - Paragraphs, list items, table cells and quotes each end a sentence, even without a full stop:
//   a short list item is read as a short sentence.
// - Headings are left out: they are a few words with no full stop, and would make every page look
//   easier than its sentences are. Figure captions are short labels too, and are left out with
//   their images (and alt text); so is code.
// - Inside a block, a sentence ends at ".", "!" or "?" followed by a space and anything but a
//   lower-case letter (so "e.g. a hat" stays one sentence), and at the Hindi "।" whatever follows.
//   Citation numbers (`<sup>`) are not words.
// - A word is letters or digits, with inner apostrophes or hyphens ("don't", "long-term", "1.5"),
//   or an abbreviation with full stops ("e.g."); combining marks (Devanagari's vowel signs) are part of it. A number counts as one syllable (the syllable
//   counter gives digits none); every word has at least one.
import { blockElements } from '@/lib/html/block-elements'
import type { Root, RootContent } from 'hast'
import { fleschKincaid } from 'flesch-kincaid'
import { syllable } from 'syllable'
import { readingGradeLimits } from './editorial-standards'
import type { ContentProblem } from './model'

export type ReadabilityCounts = { sentences: number; words: number; syllables: number }
export type Readability = ReadabilityCounts & { grade: number }

// Hindi ends a sentence with "।" (the danda; "॥" rarely): there it ends whatever follows.
const sentenceEnd = /(?<=[.!?।॥]["'”’)\]]*)\s+(?=[^a-z\s])|(?<=[।॥]["'”’)\]]*)(?=[^\s"'”’)\]])/u
// Letters with their combining marks (\p{M}): Devanagari vowel signs and viramas are part of a word.
const wordPattern = /(?:\p{L}\.){2,}|\d+(?:[.,]\d+)*|[\p{L}\p{M}\p{N}]+(?:['’-][\p{L}\p{M}\p{N}]+)*/gu

const droppedElements = new Set([
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'pre',
  'figure',
  'script',
  'style',
  'sup',
  'img',
  'hr',
])

/** One block of readable text, and the line (1-based) of the file it starts on, where the tree knows it. */
export type ProseBlock = { text: string; line?: number }

/** The readable text of a page's tree, one entry per block (paragraph, list item, cell...), with its line. */
export function proseBlockEntries(tree: Root): ProseBlock[] {
  const blocks: ProseBlock[] = [{ text: '' }]
  const walk = (nodes: RootContent[]) => {
    for (const node of nodes) {
      if (node.type === 'text') blocks[blocks.length - 1]!.text += node.value
      if (node.type !== 'element' || droppedElements.has(node.tagName)) continue
      const block = blockElements.has(node.tagName)
      if (block) blocks.push({ text: '', line: node.position?.start.line })
      walk(node.children)
      // The text after a nested block (a list item's paragraph) goes on at the outer block's line.
      if (block) blocks.push({ text: '', line: node.position?.end.line })
    }
  }
  walk(tree.children)
  return blocks
    .map(({ text, line }) => ({ text: text.replace(/\s+/g, ' ').trim(), ...(line === undefined ? {} : { line }) }))
    .filter((block) => /[\p{L}\p{N}]/u.test(block.text))
}

/** The readable text of a page's tree, one string per block (paragraph, list item, cell...). */
export const proseBlocks = (tree: Root): string[] => proseBlockEntries(tree).map((block) => block.text)

/** The sentences of one block: a block with words in it is at least one sentence. */
export function splitSentences(block: string): string[] {
  return block
    .split(sentenceEnd)
    .map((s) => s.trim())
    .filter((s) => s.length > 0)
}

export const words = (text: string): string[] => text.match(wordPattern) ?? []

/** Syllables in one word, at least one. */
export function wordSyllables(word: string): number {
  if (/^\d/.test(word)) return 1
  const parts = word.replace(/’/g, "'").split('-')
  return Math.max(
    1,
    parts.reduce((sum, part) => sum + syllable(part), 0),
  )
}

/** Sentence, word and syllable counts of prose blocks. */
export function countProse(blocks: string[]): ReadabilityCounts {
  const counts: ReadabilityCounts = { sentences: 0, words: 0, syllables: 0 }
  for (const block of blocks) {
    for (const sentence of splitSentences(block)) {
      const found = words(sentence)
      if (found.length === 0) continue
      counts.sentences += 1
      counts.words += found.length
      for (const word of found) counts.syllables += wordSyllables(word)
    }
  }
  return counts
}

/** The Flesch-Kincaid grade of a page's tree, with its counts; the grade is NaN when there is no prose. */
export function readabilityOf(tree: Root): Readability {
  const counts = countProse(proseBlocks(tree))
  return {
    ...counts,
    grade: fleschKincaid({ sentence: counts.sentences, word: counts.words, syllable: counts.syllables }),
  }
}

/** A grade as people read it: one decimal place. The limit is compared with this, so "8.0" passes a limit of 8. */
export const formatGrade = (grade: number) => grade.toFixed(1)

export type ProseDocument = { file: string; tree: Root }

/** One problem for each article or FAQ answer whose reading grade is above its limit. */
export function readingGradeProblems(
  { articles, faqs }: { articles: ProseDocument[]; faqs: ProseDocument[] },
  limits: { article: number; faqAnswer: number } = readingGradeLimits,
): ContentProblem[] {
  const check = (doc: ProseDocument, limit: number, kind: string): ContentProblem[] => {
    const { grade } = readabilityOf(doc.tree)
    if (Number.isNaN(grade) || Number(formatGrade(grade)) <= limit) return []
    return [
      {
        file: doc.file,
        message: `reading grade ${formatGrade(grade)} is above the limit of ${limit} for ${kind}: use shorter sentences and everyday words`,
      },
    ]
  }
  return [
    ...articles.flatMap((doc) => check(doc, limits.article, 'an article')),
    ...faqs.flatMap((doc) => check(doc, limits.faqAnswer, 'an FAQ answer')),
  ]
}
