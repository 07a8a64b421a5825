// @vitest-environment jsdom
// The FAQ page in Hindi (components/documents/FaqPage.tsx, as pages/hi/faq.tsx renders it): Hindi headings,
// search box and controls, one notice for the page, an untranslated answer marked English, Hindi addresses.
import { beforeAll, describe, expect, it } from 'vitest'
import { faqWords } from '@/lib/i18n/words/faq'
import { helpWords } from '@/lib/i18n/words/help'
import { shareWords } from '@/lib/i18n/words/share'
import { translationWords } from '@/lib/i18n/words/translation'
import { articleWords } from '@/lib/i18n/words/article'
import { faqPageHtml, hindiFaqs, testSite } from '@/tests/fixtures/enhance'
import { englishPhrases, readableText } from '../article/ui-words'

beforeAll(async () => {
  document.body.innerHTML = await faqPageHtml(hindiFaqs, 'hi', 'devanagari')
})

describe('the FAQ page in Hindi', () => {
  it('has the Hindi title, introduction and category headings', () => {
    expect(document.querySelector('h1')).toHaveTextContent('अक्सर पूछे जाने वाले सवाल')
    expect(document.body).toHaveTextContent(faqWords.hi.intro)
    expect([...document.querySelectorAll('[data-faq-category] h2')].map((h) => h.textContent)).toEqual([
      faqWords.hi.categories.procedure,
      faqWords.hi.categories.aftercare,
    ])
  })

  it('shows one notice for the page: machine-translated, unchecked, some answers still in English', () => {
    const notes = document.querySelectorAll('[role="note"]')
    expect(notes).toHaveLength(1)
    expect(notes[0]).toHaveTextContent(translationWords.hi.byMachine)
    expect(notes[0]).toHaveTextContent(translationWords.hi.partlyMissing)
    expect(notes[0]!.querySelector('a')).toHaveAttribute('href', '/faq')
  })

  it('shows an untranslated answer in English, marked so; translated ones are not', () => {
    const coffee = document.getElementById('coffee')!
    expect(coffee.querySelector('summary [lang="en"]')).toHaveTextContent('Can I drink coffee first?')
    expect(coffee.querySelector('.prose')).toHaveAttribute('lang', 'en')
    expect(document.getElementById('does-it-hurt')!.querySelector('[lang="en"]')).toBeNull()
  })

  it('copies and shares the Hindi addresses of the answers', () => {
    const answer = document.getElementById('does-it-hurt')!
    expect(answer.querySelector('template[data-copy-path]')).toHaveAttribute('data-copy-path', '/hi/faq#does-it-hurt')
    expect(answer.querySelector('[data-share-url]')).toHaveAttribute(
      'data-share-url',
      `${testSite.url}/hi/faq#does-it-hurt`,
    )
  })

  it('gives the search script its announcements in Hindi, with the clinic’s digits', () => {
    const box = document.querySelector<HTMLElement>('[data-faq-filter]')!
    expect(box).toHaveAttribute('aria-label', faqWords.hi.search.region)
    expect(box.dataset).toMatchObject({
      faqNone: 'कोई सवाल नहीं मिला',
      faqOne: '१ सवाल मिला',
      faqMany: '{count} सवाल मिले',
      faqDigits: '०१२३४५६७८९',
    })
  })

  it('says the page is Hindi in its structured data', () => {
    const data = [...document.querySelectorAll('script[type="application/ld+json"]')]
      .map((script) => JSON.parse(script.textContent!) as Record<string, unknown>)
      .find((item) => item['@type'] === 'FAQPage')
    expect(data).toMatchObject({ inLanguage: 'hi' })
  })

  it('leaves no English word of the site’s dictionaries', () => {
    const text = readableText(document.body)
    const phrases = englishPhrases(faqWords, articleWords, helpWords, shareWords)
    expect(phrases).toEqual(expect.arrayContaining(['Search the questions', 'Clear the search', 'Aftercare']))
    expect(phrases.filter((phrase) => text.includes(phrase))).toEqual([])
  })
})
