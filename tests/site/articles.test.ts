// Every article page as the build wrote it (out/), without a browser: each section id once with its "#" link and
// an entry in "On this page", the glossary's terms with theirs, the title as the h1, the review dates, the
// disclaimer, the neighbouring topics, and the FAQ answers that name the page, each by its stable id.
import { describe, expect, test } from 'vitest'
import { getArticles, getContent } from '@/lib/content'
import { relatedFaqs } from '@/lib/faq/group'
import { articleWords } from '@/lib/i18n/words/article'
import { pageDocument, pageFile } from '@/tests/support/site/built-pages'

describe.each(getArticles().map((article) => [article.slug, article] as const))('/%s', (slug, article) => {
  const document = pageDocument(pageFile(`/${slug}`))
  const outline = document.querySelector('nav[aria-labelledby="on-this-page"]')

  test('has every section id with its anchor link and an entry in the outline', () => {
    // The glossary's sections are its terms, each with its own address; other pages have headings.
    const terms = article.extras.includes('glossary') ? getContent().glossary.terms : []
    expect(article.headings.length + terms.length).toBeGreaterThan(2)
    for (const term of terms) {
      expect(document.querySelectorAll(`[id="${term.id}"]`), term.id).toHaveLength(1)
      expect(document.querySelector(`[id="${term.id}"] a[href="#${term.id}"]`), term.id).not.toBeNull()
    }
    for (const heading of article.headings) {
      expect(document.querySelectorAll(`h${heading.level}#${heading.id}`), heading.id).toHaveLength(1)
      expect(
        document.querySelector(`h${heading.level}#${heading.id} a[href="#${heading.id}"]`),
        heading.id,
      ).not.toBeNull()
      expect(outline?.querySelectorAll(`a[href="#${heading.id}"]`), heading.id).toHaveLength(1)
    }
  })

  test('has its title, review dates, the disclaimer, its neighbours and the FAQ answers that name it', () => {
    const text = document.body.textContent ?? ''
    expect(document.querySelector('h1')?.textContent).toBe(article.title)
    // A page no clinician has signed off says so (issue 22): never a reviewed date it does not have.
    const review = articleWords.en.review
    if (article.reviewedBy) expect(text).toContain(review.lastReviewed)
    else for (const words of [review.lastChecked, review.notSignedOff]) expect(text).toContain(words)
    expect(text).toContain(review.nextReviewDue)
    expect(text).toContain('It is not medical advice')
    expect(document.querySelectorAll('nav[aria-label="Previous and next topics"] a').length).toBeGreaterThan(0)
    const listed = [...document.querySelectorAll('section[aria-labelledby="questions-people-ask"] li a')].map((a) =>
      a.getAttribute('href'),
    )
    expect(listed).toEqual(relatedFaqs(getContent().faqs, slug).map((faq) => `/faq#${faq.id}`))
  })
})
