// Counting Hindi: vowel signs (\p{M}) belong to their word, "।" ends a sentence, and glossary terms
// match whole Devanagari words only.
import { describe, expect, it } from 'vitest'
import { enrichTree } from '@/lib/content/enrich'
import { splitSentences, words } from '@/lib/content/readability'
import { sentenceLengthProblems, sentenceLengths } from '@/lib/content/sentence-length'
import { translatedDayCountsIn } from '@/lib/content/translated-schedule'
import { compileTree } from '@/tests/support/content'

describe('Devanagari words and sentences', () => {
  it('keeps vowel signs and viramas inside their word', () => {
    expect(words('प्रैक्टिशनर आपको बताएंगे')).toEqual(['प्रैक्टिशनर', 'आपको', 'बताएंगे'])
    expect(words('कौन-से पिगमेंट (pigment) 2 हफ़्ते')).toEqual(['कौन-से', 'पिगमेंट', 'pigment', '2', 'हफ़्ते'])
  })

  it('ends a sentence at "।", with or without a space after it', () => {
    expect(splitSentences('पहला वाक्य। दूसरा वाक्य।तीसरा? चौथा!')).toEqual(['पहला वाक्य।', 'दूसरा वाक्य।', 'तीसरा?', 'चौथा!'])
  })

  it('leaves English sentence splitting as it was', () => {
    expect(splitSentences('Wear a hat, e.g. a cap. Then rest.')).toEqual(['Wear a hat, e.g. a cap.', 'Then rest.'])
  })

  it('counts sentences, words, the average and the longest per page', () => {
    const tree = compileTree('एक दो तीन। चार पाँच।\n\n- छह सात आठ नौ\n')
    expect(sentenceLengths(tree)).toMatchObject({ sentences: 3, words: 9, average: 3, longest: 4, tooLong: [] })
  })

  it('fails a sentence over the limit, with its line', () => {
    const long = Array.from({ length: 26 }, () => 'शब्द').join(' ')
    const tree = compileTree(`छोटा वाक्य।\n\n${long}।\n`)
    expect(sentenceLengthProblems([{ file: 'content/hi/faq/x.md', tree }])).toEqual([
      { file: 'content/hi/faq/x.md', line: 3, message: expect.stringContaining('a sentence has 26 words') },
    ])
  })

  it('fails a page whose sentences are over the limit on average', () => {
    const sentence = `${Array.from({ length: 16 }, () => 'शब्द').join(' ')}।`
    const tree = compileTree(`${sentence} ${sentence}\n`)
    expect(sentenceLengthProblems([{ file: 'content/hi/faq/x.md', tree }])).toEqual([
      {
        file: 'content/hi/faq/x.md',
        message: expect.stringContaining('16.0 words on average, more than the limit of 15'),
      },
    ])
  })
})

describe('Hindi glossary links', () => {
  const glossary = {
    path: '/glossary',
    terms: [{ id: 'pigment', term: 'पिगमेंट (pigment)', also: ['पिगमेंट'], definition: 'SMP में त्वचा का रंग।' }],
  }
  const linked = (markdown: string) =>
    JSON.stringify(enrichTree(compileTree(markdown), { allowCitations: true, glossary }).tree)

  it('does not link a term inside a longer word (a vowel sign after it)', () => {
    expect(linked('पिगमेंटों के बिंदु।')).not.toContain('glossary-link')
  })

  it('links the term as a whole word', () => {
    expect(linked('यह पिगमेंट है।')).toContain('"href":"/glossary#pigment"')
  })
})

describe('Hindi day counts in the schedule check', () => {
  it('reads weeks and a month in Hindi, as days', () => {
    expect([...translatedDayCountsIn('बिंदु 4 से 6 हफ़्ते में बैठते हैं।')].sort((a, b) => a - b)).toEqual([4, 6, 28, 42])
    expect(translatedDayCountsIn('लगभग एक महीने बाद')).toContain(28)
    expect(translatedDayCountsIn('दो सप्ताह तक')).toContain(14)
  })
})
