// How words become search terms, in each language: the one definition the index builder (scripts/search/build.ts)
// and the search page's script (enhance/search/) share, so a word typed in the browser meets the word indexed.
// Client-safe: no Node modules, and only the two stemmers the site needs (each its own small module).
import { stemmer as englishStemmer } from '@orama/stemmers/english'
// Snowball's Hindi stemmer: the package calls it "indian".
import { stemmer as hindiStemmer } from '@orama/stemmers/indian'
import type { Locale } from '@/lib/i18n/locales'

/** Words so common they say nothing about a page: dropped from the index and from queries. */
const stopWords: Readonly<Record<Locale, ReadonlySet<string>>> = {
  en: new Set(
    'a an and are as at be by can do does for from go how i if in is it its me my of on or should so that the their them there they this to was we what when where which who will with would you your'.split(
      ' ',
    ),
  ),
  hi: new Set('और का की के को क्या तो था थी थे ने पर भी मैं मेरा मेरी मेरे यह या वह वे से है हैं हो होता होती होते'.split(' ')),
}

/** Each word by its script: Hindi pages also hold English words (SMP, PRP), which the English stemmer knows. */
const stem = (word: string) => (/[\u0900-\u097f]/.test(word) ? hindiStemmer(word) : englishStemmer(word))

/**
 * A word as typed or written, in the form both spellings share: lower case; Latin accents dropped ("café" is
 * "cafe"); in Devanagari the nukta dropped (बुख़ार and बुखार) and the chandrabindu written as the anusvara
 * (जाँच and जांच), two spellings people type both ways. Devanagari vowel signs stay: बाल is never बल.
 */
export function foldWord(word: string): string {
  return word
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f\u093c]/g, '')
    .replace(/\u0901/g, '\u0902')
    .normalize('NFC')
}

/** The search term of one word in a language (its folded stem), or null for a word that says nothing. */
export function termIn(locale: Locale): (word: string) => string | null {
  const stopped = stopWords[locale]
  return (word) => {
    const folded = foldWord(word)
    if (!folded || stopped.has(folded)) return null
    return stem(folded)
  }
}

/** Splits text into words at spaces and punctuation (MiniSearch's own rule), keeping where each word is. */
export function wordsOf(text: string): { word: string; start: number; end: number }[] {
  return [...text.matchAll(/[^\n\r\p{Z}\p{P}]+/gu)].map((match) => ({
    word: match[0],
    start: match.index,
    end: match.index + match[0].length,
  }))
}
