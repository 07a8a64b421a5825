// @vitest-environment jsdom
// An article page in Hindi, rendered to HTML as Next prerenders it (components/documents/ArticlePage.tsx): the
// words the site adds are Hindi, every site link goes to a Hindi page, the notice links to the English page, and
// no English word of the site's dictionaries is left. The English page of the same component is unchanged.
import { createElement } from 'react'
import { beforeAll, describe, expect, it } from 'vitest'
import { ArticlePage } from '@/components/documents/ArticlePage'
import { getContent, type Article } from '@/lib/content'
import { articleWords } from '@/lib/i18n/words/article'
import { helpWords } from '@/lib/i18n/words/help'
import { shareWords } from '@/lib/i18n/words/share'
import { translationWords } from '@/lib/i18n/words/translation'
import type { ArticlePageProps } from '@/lib/pages/article-page'
import { compileTranslatedMarkdown } from '@/tests/support/content'
import { hindiFaqs, hindiRegion, machineTranslation, serverHtml } from '@/tests/fixtures/enhance'
import { englishPhrases, readableText } from './ui-words'

const { site, references, glossary, articles } = getContent()
// A real article's front matter and sources, with Hindi words, and without the extras other helpers translate.
const english = articles.find((a) => a.extras.length === 0 && a.sources !== 'none' && a.citations.length > 0)!
const hindi: Article = {
  ...english,
  title: 'सेशन वाले दिन क्या होता है',
  description: 'सेशन से पहले, सेशन के दौरान और बाद में क्या होता है।',
  html: compileTranslatedMarkdown(
    '## सेशन से पहले {#before}\n\nपाठ।\n\n## सेशन के बाद {#after}\n\n[देखभाल](/hi/aftercare)।',
    'hi',
  ),
  headings: [
    { id: 'before', text: 'सेशन से पहले', level: 2 },
    { id: 'after', text: 'सेशन के बाद', level: 2 },
  ],
  reviewedBy: { name: 'Dr Jane Smith', role: 'Dermatologist' },
  translation: machineTranslation,
}
const neighbour = (slug: string, title: string): Article => ({
  ...english,
  slug,
  title,
  translation: machineTranslation,
})

function props(article: Article, locale: 'en' | 'hi'): ArticlePageProps {
  return {
    article,
    region: locale === 'hi' ? hindiRegion : getContent().region,
    references,
    glossary,
    faqs: hindiFaqs.map((faq) => ({ ...faq, related: [article.slug] })),
    digits: 'devanagari',
    previous: neighbour('what-is-smp', 'SMP क्या है'),
    next: { ...neighbour('aftercare', 'Aftercare'), translation: { kind: 'missing' } },
    layout: { site, topics: [], locale, path: `/${article.slug}` },
  }
}

let page: HTMLElement
beforeAll(async () => {
  document.body.innerHTML = await serverHtml(createElement(ArticlePage, props(hindi, 'hi')))
  page = document.querySelector('article')!
})

describe('an article page in Hindi', () => {
  it('says the words the site adds in Hindi, with dates in the clinic’s digits', () => {
    expect(page.querySelector('h1')).toHaveTextContent(hindi.title)
    expect(page.querySelector('#on-this-page')).toHaveTextContent(articleWords.hi.onThisPage)
    expect(page.querySelector('#sources')).toHaveTextContent(articleWords.hi.sources.heading)
    expect(page.querySelector('#questions-people-ask')).toHaveTextContent(articleWords.hi.related.heading)
    expect(page.querySelector('#urgent-help')).toHaveTextContent(helpWords.hi.urgent.heading)
    expect(page.querySelector('#next-steps')).toHaveTextContent(articleWords.hi.nextSteps.heading)
    expect(page.textContent).toContain('अपने डॉक्टर से संपर्क करें')
    // The section links' labels the pipeline writes, in Hindi.
    expect(page.querySelector('#after .sr-only')).toHaveTextContent('सेक्शन “सेशन के बाद” का लिंक')
    expect(page.querySelector('time')!.textContent).toMatch(/^[०-९]+ [^\d]+ [०-९]{4}$/)
  })

  it('says the review is the English page’s, with the translation’s status, never a review of the Hindi', () => {
    const dates = page.querySelector('dl')!
    expect(dates).toHaveTextContent(articleWords.hi.review.lastReviewed)
    expect(dates).toHaveTextContent(`${articleWords.hi.review.reviewedBy}Dr Jane Smith, Dermatologist`)
    expect(dates).toHaveTextContent(`${translationWords.hi.translationLabel}${translationWords.hi.translationMachine}`)
  })

  it('shows the notice after the description and before the table of contents, linking to the English page', () => {
    const note = page.querySelector('[role="note"]')!
    expect(note).toHaveTextContent(translationWords.hi.byMachine)
    expect(note.compareDocumentPosition(page.querySelector('h1 + p')!)).toBe(Node.DOCUMENT_POSITION_PRECEDING)
    expect(note.compareDocumentPosition(page.querySelector('#on-this-page')!)).toBe(Node.DOCUMENT_POSITION_FOLLOWING)
    const link = note.querySelector('a')!
    expect(link.getAttribute('href')).toBe(`/${hindi.slug}`)
    expect(link).toHaveAttribute('hreflang', 'en')
    expect(link).toHaveAttribute('lang', 'en')
  })

  it('links every site page in Hindi, but the notice’s English page', () => {
    const sitePaths = [...page.querySelectorAll('a[href^="/"]')]
      .filter((a) => a.getAttribute('hreflang') !== 'en')
      .map((a) => a.getAttribute('href')!)
    expect(sitePaths.length).toBeGreaterThan(5)
    expect(sitePaths.filter((href) => href !== '/hi' && !href.startsWith('/hi/'))).toEqual([])
    expect(sitePaths).toEqual(
      expect.arrayContaining([
        '/hi',
        '/hi/what-is-smp',
        '/hi/aftercare',
        '/hi/faq#does-it-hurt',
        '/hi/faq',
        '/hi/self-check',
      ]),
    )
    // What staff copy and share: the Hindi page's full address.
    expect(page.querySelector('[data-share-url]')).toHaveAttribute('data-share-url', `${site.url}/hi/${hindi.slug}`)
    expect(page.querySelector('[data-anchor-copy]')).toHaveAttribute('data-anchor-copy', `${site.url}/hi/${hindi.slug}`)
  })

  it('marks what stays English: an untranslated title, a question shown in English, the references', () => {
    expect(page.querySelector('a[rel="next"] [lang="en"]')).toHaveTextContent('Aftercare')
    expect(page.querySelector('a[href="/hi/faq#coffee"]')).toHaveAttribute('lang', 'en')
    expect(page.querySelector('[aria-labelledby="sources"] li [lang="en"]')).not.toBeNull()
  })

  it('leaves no English word of the site’s dictionaries', () => {
    const text = readableText(page)
    const phrases = englishPhrases(articleWords, helpWords, shareWords)
    expect(phrases).toEqual(expect.arrayContaining(['On this page', 'Next topic', 'Copy link', 'Link copied']))
    expect(phrases.filter((phrase) => text.includes(phrase))).toEqual([])
  })

  it('says the page is Hindi and a translation of the English in its structured data, without the English review', () => {
    const data = [...page.querySelectorAll('script[type="application/ld+json"]')]
      .map((script) => JSON.parse(script.textContent!) as Record<string, unknown>)
      .find((item) => item['@type'] === 'MedicalWebPage')!
    expect(data).toMatchObject({
      inLanguage: 'hi',
      url: `${site.url}/hi/${hindi.slug}`,
      translationOfWork: { '@id': `${site.url}/${hindi.slug}#page` },
    })
    expect(data).not.toHaveProperty('reviewedBy')
    expect(data).not.toHaveProperty('lastReviewed')
  })
})

describe('an untranslated article at its Hindi address', () => {
  it('says so in Hindi and marks the English text as English', async () => {
    const untranslated = { ...english, translation: { kind: 'missing' } as const }
    document.body.innerHTML = await serverHtml(createElement(ArticlePage, props(untranslated, 'hi')))
    expect(document.querySelector('[role="note"]')).toHaveTextContent(translationWords.hi.missing)
    expect(document.querySelector('h1')).toHaveAttribute('lang', 'en')
    expect(document.querySelector('.prose')).toHaveAttribute('lang', 'en')
    // Its section links keep their English labels, inside the English text.
    expect(document.querySelector('.prose .heading-anchor .sr-only')?.textContent ?? 'Link to the section').toMatch(
      /^Link to the section/,
    )
  })
})

describe('the English article page', () => {
  it('keeps its English words, links and data, and shows no notice', async () => {
    document.body.innerHTML = await serverHtml(createElement(ArticlePage, props(english, 'en')))
    expect(document.querySelector('[role="note"]')).toBeNull()
    expect(document.querySelector('#on-this-page')).toHaveTextContent('On this page')
    expect(document.querySelector('[aria-labelledby="next-steps"] a[href="/self-check"]')).toHaveTextContent(
      'Take the self-check',
    )
    // No real article names a reviewer yet: it says when it was checked against its sources, and that no clinician signed it off.
    expect(document.body.textContent).toContain(articleWords.en.review.lastChecked)
    expect(document.body.textContent).toContain(articleWords.en.review.notSignedOff)
    const data = [...document.querySelectorAll('script[type="application/ld+json"]')]
      .map((script) => JSON.parse(script.textContent!) as Record<string, unknown>)
      .find((item) => item['@type'] === 'MedicalWebPage')!
    expect(data).toMatchObject({
      inLanguage: 'en-GB',
      url: `${site.url}/${english.slug}`,
      lastReviewed: english.lastReviewed,
    })
  })
})
