// The reading-grade measure on short passages whose sentences, words and syllables were counted by
// hand; the grade is then the Flesch-Kincaid formula worked out by hand:
// 0.39 × (words / sentences) + 11.8 × (syllables / words) − 15.59.
import { describe, expect, it } from 'vitest'
import {
  countProse,
  formatGrade,
  proseBlocks,
  readabilityOf,
  readingGradeProblems,
  splitSentences,
  wordSyllables,
  words,
} from '@/lib/content/readability'
import { compileMarkdown, compileTree } from '@/tests/support/content'

const grade = (sentences: number, wordCount: number, syllables: number) =>
  0.39 * (wordCount / sentences) + 11.8 * (syllables / wordCount) - 15.59

describe('proseBlocks', () => {
  it('keeps paragraphs and list items as separate blocks, and drops headings with their "#" link text', () => {
    const tree = compileTree(
      '## Washing your scalp\n\nKeep it clean.\n\n- Wear a hat\n- Drink water\n\n### Sun\n\nUse **sunscreen** [later](/aftercare).\n',
    )
    expect(proseBlocks(tree)).toEqual(['Keep it clean.', 'Wear a hat', 'Drink water', 'Use sunscreen later.'])
  })

  it('drops code blocks and images, and decodes entities', () => {
    const tree = compileTree(
      'Salt & pepper "quoted" <3.\n\n```\nconst x = 1\n```\n\nText ![A diagram of skin](https://example.com/x.png) here.\n',
    )
    expect(proseBlocks(tree)).toEqual(['Salt & pepper "quoted" <3.', 'Text here.'])
  })

  it('drops a diagram with its caption', () => {
    const markdown =
      'Before.\n\n![Layers of the skin](/diagrams/skin-layers.svg "The dots sit high in the skin.")\n\nAfter.\n'
    expect(compileMarkdown(markdown)).toContain('<figcaption>')
    expect(proseBlocks(compileTree(markdown))).toEqual(['Before.', 'After.'])
  })

  it('gives a nested list item its own block', () => {
    const tree = compileTree('- Outer item\n  - Inner item\n')
    expect(proseBlocks(tree)).toEqual(['Outer item', 'Inner item'])
  })
})

describe('splitSentences', () => {
  it.each([
    ['Keep it clean. Do not scratch it!', ['Keep it clean.', 'Do not scratch it!']],
    ['Is it safe? Ask your practitioner.', ['Is it safe?', 'Ask your practitioner.']],
    ['Wear a hat, e.g. a cap. Then rest.', ['Wear a hat, e.g. a cap.', 'Then rest.']],
    ['Needles go 1.5 mm deep. That is shallow.', ['Needles go 1.5 mm deep.', 'That is shallow.']],
    ['She said "stop." Then she left.', ['She said "stop."', 'Then she left.']],
    ['Wait 7 to 10 days. 2 to 3 sessions follow.', ['Wait 7 to 10 days.', '2 to 3 sessions follow.']],
    ['A list item with no full stop', ['A list item with no full stop']],
  ])('%s', (block, sentences) => {
    expect(splitSentences(block)).toEqual(sentences)
  })
})

describe('words and syllables', () => {
  it('keeps contractions, hyphenated words, decimals and abbreviations whole', () => {
    expect(words("Don't use a long-term plan of 1.5 weeks, e.g. this.")).toEqual([
      "Don't",
      'use',
      'a',
      'long-term',
      'plan',
      'of',
      '1.5',
      'weeks',
      'e.g.',
      'this',
    ])
  })

  it.each([
    ['cat', 1],
    ['water', 2],
    ['cosmetic', 3],
    ['micropigmentation', 6],
    ['long-term', 2],
    ['10', 1],
    ['2026', 1],
  ])('%s has %i syllable(s)', (word, count) => {
    expect(wordSyllables(word)).toBe(count)
  })
})

describe('readabilityOf', () => {
  it('one plain sentence: 1 sentence, 6 words, 6 syllables', () => {
    const result = readabilityOf(compileTree('The cat sat on the mat.\n'))
    expect(result).toMatchObject({ sentences: 1, words: 6, syllables: 6 })
    expect(result.grade).toBeCloseTo(grade(1, 6, 6), 6)
    expect(result.grade).toBeCloseTo(-1.45, 6)
  })

  it('long words raise the grade: "Scalp micropigmentation is a cosmetic procedure." is 6 words, 15 syllables', () => {
    const result = readabilityOf(compileTree('Scalp micropigmentation is a cosmetic procedure.\n'))
    expect(result).toMatchObject({ sentences: 1, words: 6, syllables: 15 })
    expect(result.grade).toBeCloseTo(16.25, 6)
  })

  it('counts list items as sentences and leaves the heading out', () => {
    // "Keep your scalp clean." 4/4, "Do not scratch it." 4/4, "Wear a hat" 3/3, "Drink water" 2/3.
    const markdown =
      '## Washing your scalp\n\nKeep your scalp clean. Do not scratch it.\n\n- Wear a hat\n- Drink water\n'
    const result = readabilityOf(compileTree(markdown))
    expect(result).toMatchObject({ sentences: 4, words: 13, syllables: 14 })
    expect(result.grade).toBeCloseTo(grade(4, 13, 14), 6)
    expect(readabilityOf(compileTree(markdown.replace('## Washing your scalp\n\n', '')))).toEqual(result)
  })

  it('counts a number as a one-syllable word', () => {
    // Wait(1) 10(1) days(1). Use(1) a(1) long-term(2) plan(1).
    expect(countProse(['Wait 10 days. Use a long-term plan.'])).toEqual({ sentences: 2, words: 7, syllables: 8 })
  })

  it('is NaN for a page with no prose', () => {
    expect(readabilityOf(compileTree('## Only a heading\n')).grade).toBeNaN()
  })
})

describe('readingGradeProblems', () => {
  const easy = { file: 'content/articles/easy.md', tree: compileTree('Keep your scalp clean. Do not scratch it.\n') }
  const hard = {
    file: 'content/articles/hard.md',
    tree: compileTree('Scalp micropigmentation is a cosmetic procedure.\n'),
  }

  it('names the file, its grade and the limit for a page above it', () => {
    expect(readingGradeProblems({ articles: [easy, hard], faqs: [] }, { article: 8, faqAnswer: 8 })).toEqual([
      {
        file: 'content/articles/hard.md',
        message: 'reading grade 16.3 is above the limit of 8 for an article: use shorter sentences and everyday words',
      },
    ])
  })

  it('applies the FAQ limit to FAQ answers', () => {
    const answer = { ...hard, file: 'content/faq/hard.md' }
    expect(readingGradeProblems({ articles: [], faqs: [answer] }, { article: 20, faqAnswer: 9 })).toEqual([
      {
        file: 'content/faq/hard.md',
        message:
          'reading grade 16.3 is above the limit of 9 for an FAQ answer: use shorter sentences and everyday words',
      },
    ])
    expect(readingGradeProblems({ articles: [hard], faqs: [] }, { article: 20, faqAnswer: 9 })).toEqual([])
  })

  it('compares the grade as shown, to one decimal place', () => {
    const shown = Number(formatGrade(readabilityOf(hard.tree).grade))
    expect(readingGradeProblems({ articles: [hard], faqs: [] }, { article: shown, faqAnswer: 8 })).toEqual([])
    expect(readingGradeProblems({ articles: [hard], faqs: [] }, { article: shown - 0.1, faqAnswer: 8 })).toHaveLength(1)
  })

  it('skips a document with no prose instead of failing it', () => {
    const empty = { file: 'content/articles/empty.md', tree: compileTree('## Only a heading\n') }
    expect(readingGradeProblems({ articles: [empty], faqs: [] })).toEqual([])
  })
})
