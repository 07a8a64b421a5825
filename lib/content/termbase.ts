// One word for each idea in a translated language, and one spelling style (content/<locale>/termbase.yaml):
// the content step refuses a variant the termbase names, saying which file, which idea and which word to
// write instead. Words are compared as whole words, in Unicode NFC (a nukta letter typed as one character
// or as two is the same word).
import { z } from 'zod'
import type { ContentProblem } from './model'

const word = z.string().trim().min(1)

const entrySchema = z.strictObject({
  /** The idea, in English: "dermatologist", or "spelling" for a word written one way only. */
  concept: word,
  /** The one word to write. */
  term: word,
  /** The words refused for it: other words for the same idea, or other spellings of the term. */
  refused: z.array(word).min(1),
})

export const termbaseSchema = z.strictObject({
  terms: z.array(entrySchema).min(1),
  /** The spelling style, word by word: the spelling to write, and the ones refused. */
  spellings: z.record(word, z.array(word).min(1)).optional(),
})

export type Termbase = z.infer<typeof termbaseSchema>
export type TermbaseEntry = z.infer<typeof entrySchema>

/** Every entry: the ideas' terms, then each spelling as an entry of its own (concept "spelling"). */
const entriesOf = (termbase: Termbase): TermbaseEntry[] => [
  ...termbase.terms,
  ...Object.entries(termbase.spellings ?? {}).map(([term, refused]) => ({ concept: 'spelling', term, refused })),
]

/** What may stand beside a word without ending it: letters, combining marks (Devanagari's vowel signs) and digits. */
const wordPart = '[\\p{L}\\p{M}\\p{N}]'
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const nfc = (text: string) => text.normalize('NFC')

const wholeWord = (text: string) => new RegExp(`(?<!${wordPart})${escape(nfc(text))}(?!${wordPart})`, 'u')

/** The termbase's own mistakes: a word both written and refused, or refused twice (the file would contradict itself). */
export function termbaseSelfProblems(termbase: Termbase, file: string): ContentProblem[] {
  const entries = entriesOf(termbase)
  const terms = new Map(entries.map((entry) => [nfc(entry.term), entry]))
  const seen = new Map<string, TermbaseEntry>()
  const problems: ContentProblem[] = []
  const fieldOf = (entry: TermbaseEntry, index: number) =>
    entry.concept === 'spelling' ? `spellings.${entry.term}` : `terms[${index}].refused`
  entries.forEach((entry, index) => {
    for (const variant of entry.refused.map(nfc)) {
      const written = terms.get(variant)
      if (written)
        problems.push({
          file,
          field: fieldOf(entry, index),
          message: `"${variant}" is refused here but is the term to write for "${written.concept}": keep it in one place`,
        })
      const twice = seen.get(variant)
      if (twice && twice !== entry)
        problems.push({
          file,
          field: fieldOf(entry, index),
          message: `"${variant}" is already refused for "${twice.concept}": list it once`,
        })
      seen.set(variant, entry)
    }
  })
  return problems
}

const lineOf = (text: string, index: number) => text.slice(0, index).split(/\r\n|\r|\n/).length

/**
 * Every refused variant a file uses: one problem per file, entry and variant, at its first line. The file's
 * text is checked as saved (front matter included: a title is read too); English words never match.
 */
export function termbaseProblems(
  termbase: Termbase,
  termbaseFile: string,
  files: readonly { file: string; text: string }[],
): ContentProblem[] {
  const patterns = entriesOf(termbase).flatMap((entry) =>
    entry.refused.map((variant) => ({ entry, variant: nfc(variant), pattern: wholeWord(variant) })),
  )
  return files.flatMap(({ file, text }) => {
    const normal = nfc(text)
    return patterns.flatMap(({ entry, variant, pattern }) => {
      const found = pattern.exec(normal)
      if (!found) return []
      const idea = entry.concept === 'spelling' ? `the spelling of "${entry.term}"` : `"${entry.concept}"`
      return [
        {
          file,
          line: lineOf(normal, found.index),
          message: `uses "${variant}" for ${idea}: write "${entry.term}" (the one term in ${termbaseFile})`,
        },
      ]
    })
  })
}
