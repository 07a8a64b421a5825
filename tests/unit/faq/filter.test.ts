import { describe, expect, it } from 'vitest'
import { getContent } from '@/lib/content'
import { filterFaqs, matchCountMessage, matchesQuery, normalise, queryTerms, toSearchItem } from '@/lib/faq/filter'
import { faqWords } from '@/lib/i18n/words/faq'
import { faq } from '@/tests/fixtures/faq'

const items = [
  toSearchItem(
    faq({
      id: 'coffee',
      question: 'Can I drink coffee before my session?',
      body: 'Yes, but avoid a big **café** latte.',
    }),
  ),
  toSearchItem(
    faq({
      id: 'pain',
      question: 'Does SMP hurt?',
      category: 'procedure',
      body: 'Most people feel mild discomfort. A numbing cream helps.',
    }),
  ),
  toSearchItem(
    faq({
      id: 'swim',
      question: 'When can I go swimming?',
      category: 'aftercare',
      body: '- Wait until your scalp has healed.\n- Avoid chlorine.\n',
    }),
  ),
]
const ids = (list: { id: string }[]) => list.map((item) => item.id)

describe('normalise', () => {
  it('lower-cases and strips accents', () => {
    expect(normalise('CAFÉ Crème Brûlée')).toBe('cafe creme brulee')
    expect(normalise('naïve façade')).toBe(normalise('naive facade'))
  })

  it("keeps Hindi's vowel signs, so बाल and बल stay different words, and folds the nukta", () => {
    expect(normalise('सिर के बाल')).toBe('सिर के बाल')
    expect(matchesQuery({ text: 'बल और ताकत' }, 'बाल')).toBe(false)
    expect(matchesQuery({ text: 'सिर के बालों की देखभाल' }, 'बाल')).toBe(true)
    expect(matchesQuery({ text: 'हल्का बुख़ार' }, 'बुखार')).toBe(true)
  })

  it('handles decomposed and precomposed accents alike', () => {
    expect(normalise('cafe\u0301')).toBe('cafe')
    expect(normalise('caf\u00e9')).toBe('cafe')
  })

  it('turns punctuation into single spaces and trims', () => {
    expect(normalise('  Don’t   stop—now!  ')).toBe('don t stop now')
    expect(normalise("don't")).toBe(normalise('don’t'))
  })

  it('splits a query into words', () => {
    expect(queryTerms('  Swimming,  POOL ')).toEqual(['swimming', 'pool'])
    expect(queryTerms('  ?! ')).toEqual([])
  })
})

describe('matchesQuery', () => {
  const [coffee, pain, swim] = items as [(typeof items)[0], (typeof items)[0], (typeof items)[0]]

  it('matches the question, ignoring case', () => {
    expect(matchesQuery(pain, 'HURT')).toBe(true)
    expect(matchesQuery(pain, 'smp')).toBe(true)
  })

  it('ignores accents in both the query and the text', () => {
    expect(matchesQuery(coffee, 'cafe')).toBe(true)
    expect(matchesQuery(coffee, 'café')).toBe(true)
    expect(matchesQuery(coffee, 'CAFÉ')).toBe(true)
  })

  it('matches the answer text, not its markup', () => {
    expect(matchesQuery(pain, 'numbing cream')).toBe(true)
    expect(matchesQuery(swim, 'chlorine')).toBe(true)
    expect(matchesQuery(coffee, 'strong')).toBe(false)
    expect(matchesQuery(swim, 'li')).toBe(false)
  })

  it('matches parts of words and needs every word, in any order', () => {
    expect(matchesQuery(swim, 'swim')).toBe(true)
    expect(matchesQuery(pain, 'cream numbing')).toBe(true)
    expect(matchesQuery(pain, 'numbing chlorine')).toBe(false)
  })

  it('matches everything for an empty or blank query', () => {
    for (const query of ['', '   ', '?']) expect(matchesQuery(pain, query)).toBe(true)
  })
})

describe('filterFaqs', () => {
  it('returns every item, in order, for an empty query', () => {
    expect(ids(filterFaqs(items, ''))).toEqual(['coffee', 'pain', 'swim'])
    expect(filterFaqs(items, '')).not.toBe(items)
  })

  it('keeps the matching items in their order', () => {
    expect(ids(filterFaqs(items, 'a'))).toEqual(['coffee', 'pain', 'swim'])
    expect(ids(filterFaqs(items, 'can i'))).toEqual(['coffee', 'swim'])
    expect(ids(filterFaqs(items, 'Café'))).toEqual(['coffee'])
  })

  it('returns nothing when nothing matches', () => {
    expect(filterFaqs(items, 'helicopter')).toEqual([])
  })

  it('finds real answers by words that appear only in the answer', () => {
    const real = getContent().faqs.map(toSearchItem)
    expect(ids(filterFaqs(real, 'anaesthetic'))).toContain('does-it-hurt')
    expect(filterFaqs(real, 'ANAESTHÉTIC')).toEqual(filterFaqs(real, 'anaesthetic'))
  })
})

describe('toSearchItem', () => {
  it('keeps only the id, the category and plain text', () => {
    const item = toSearchItem(
      faq({ id: 'x', question: 'Is it safe?', category: 'results', body: 'Usually [yes](/risks).' }),
    )
    expect(item).toEqual({ id: 'x', category: 'results', text: 'Is it safe? Usually yes.' })
  })
})

describe('matchCountMessage', () => {
  it.each([
    [0, 'No questions match'],
    [1, '1 question matches'],
    [2, '2 questions match'],
    [5, '5 questions match'],
  ])('%i: %s', (count, message) => {
    expect(matchCountMessage(count, faqWords.en.matches)).toBe(message)
  })
})
