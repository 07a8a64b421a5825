// How easy a translated page is to read, where Flesch-Kincaid does not apply (it counts English
// syllables): the length of its sentences. No sentence over 25 words, and at most 15 on average
// (lib/content/editorial-standards.ts). The same prose as the English check reads (readability.ts:
// paragraphs, list items and cells, no headings, captions or code), split at "।" too.
import type { Root } from 'hast'
import { sentenceLengthLimits } from './editorial-standards'
import type { ContentProblem } from './model'
import { proseBlockEntries, splitSentences, words, type ProseDocument } from './readability'

export type LongSentence = { words: number; text: string; line?: number }
export type SentenceLengths = {
  sentences: number
  words: number
  /** Words per sentence; NaN when there is no prose. */
  average: number
  /** The most words in one sentence (0 when there is no prose). */
  longest: number
  /** Every sentence over the limit, in page order. */
  tooLong: LongSentence[]
}

export type SentenceLimits = { longest: number; average: number }

export function sentenceLengths(tree: Root, limits: SentenceLimits = sentenceLengthLimits): SentenceLengths {
  const result: SentenceLengths = { sentences: 0, words: 0, average: Number.NaN, longest: 0, tooLong: [] }
  for (const block of proseBlockEntries(tree)) {
    for (const sentence of splitSentences(block.text)) {
      const count = words(sentence).length
      if (count === 0) continue
      result.sentences += 1
      result.words += count
      result.longest = Math.max(result.longest, count)
      if (count > limits.longest) result.tooLong.push({ words: count, text: sentence, line: block.line })
    }
  }
  if (result.sentences > 0) result.average = result.words / result.sentences
  return result
}

/** An average as people read it: one decimal place (the limit is compared with this). */
export const formatAverage = (average: number) => (Number.isNaN(average) ? '-' : average.toFixed(1))

const opening = (sentence: string) => {
  const found = words(sentence)
  return found.length > 8 ? `${found.slice(0, 8).join(' ')} …` : sentence
}

/** One problem for each sentence over the limit, and one for a page whose sentences are too long on average. */
export function sentenceLengthProblems(
  docs: ProseDocument[],
  limits: SentenceLimits = sentenceLengthLimits,
): ContentProblem[] {
  return docs.flatMap((doc) => {
    const lengths = sentenceLengths(doc.tree, limits)
    const problems: ContentProblem[] = lengths.tooLong.map((sentence) => ({
      file: doc.file,
      ...(sentence.line === undefined ? {} : { line: sentence.line }),
      message: `a sentence has ${sentence.words} words, more than the limit of ${limits.longest} ("${opening(sentence.text)}"): split it into shorter sentences`,
    }))
    if (Number(formatAverage(lengths.average)) > limits.average) {
      problems.push({
        file: doc.file,
        message: `sentences have ${formatAverage(lengths.average)} words on average, more than the limit of ${limits.average}: use shorter sentences`,
      })
    }
    return problems
  })
}
