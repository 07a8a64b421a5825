import { describe, expect, it } from 'vitest'
import { foldWord, termIn, wordsOf } from '@/lib/search/terms'

describe('foldWord', () => {
  it('writes the two spellings people type alike: nukta or not, chandrabindu or anusvara, accents or not', () => {
    expect(foldWord('बुख़ार')).toBe(foldWord('बुखार'))
    expect(foldWord('जाँच')).toBe(foldWord('जांच'))
    expect(foldWord('Café')).toBe('cafe')
  })

  it('keeps Devanagari vowel signs, so बाल and बल stay two words', () => {
    expect(foldWord('बाल')).not.toBe(foldWord('बल'))
  })
})

describe('termIn', () => {
  it('stems English word forms alike and drops words that say nothing', () => {
    const term = termIn('en')
    expect(term('swimming')).toBe(term('swim'))
    expect(term('Thinners')).toBe(term('thinner'))
    expect(term('the')).toBeNull()
  })

  it('stems Hindi inflections alike (बाल, बालों) and English words on Hindi pages with the English stemmer', () => {
    const term = termIn('hi')
    expect(term('बालों')).toBe(term('बाल'))
    expect(term('दर्दों')).toBe(term('दर्द'))
    expect(term('tattoos')).toBe(termIn('en')('tattoo'))
    expect(term('और')).toBeNull()
  })
})

describe('wordsOf', () => {
  it('splits at spaces and punctuation, the danda included, and keeps where each word is', () => {
    const text = 'दर्द हो सकता है। Swim, later'
    expect(wordsOf(text).map(({ word, start, end }) => [word, text.slice(start, end)])).toEqual(
      ['दर्द', 'हो', 'सकता', 'है', 'Swim', 'later'].map((word) => [word, word]),
    )
  })
})
