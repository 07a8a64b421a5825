// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { RelatedQuestions } from '@/components/faq/RelatedQuestions'
import { relatedFaqs } from '@/lib/faq/group'
import { faq } from '@/tests/fixtures/faq'

// Fixture questions, not the real content: two name the article (given out of order), one does not.
const faqs = [
  faq({
    id: 'how-long-does-it-take',
    question: 'How long does it take?',
    category: 'procedure',
    order: 2,
    related: ['procedure'],
  }),
  faq({
    id: 'does-it-hurt',
    question: 'Does it hurt?',
    category: 'procedure',
    order: 1,
    related: ['procedure', 'aftercare'],
  }),
  faq({ id: 'what-is-smp', question: 'What is SMP?', related: ['what-is-smp'] }),
]

describe('RelatedQuestions', () => {
  it('lists the questions that name the article, linked to their answers on /faq', () => {
    const expected = relatedFaqs(faqs, 'procedure')
    expect(expected.length).toBeGreaterThan(0)
    render(<RelatedQuestions slug="procedure" faqs={faqs} locale="en" />)
    const heading = screen.getByRole('heading', { level: 2, name: 'Questions people ask' })
    expect(heading).toHaveAttribute('id', 'questions-people-ask')
    const section = heading.closest('section')!
    expect(section).toHaveAttribute('aria-labelledby', 'questions-people-ask')
    const links = within(within(section).getByRole('list')).getAllByRole('link')
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual(
      expected.map((faq) => [faq.question, `/faq#${faq.id}`]),
    )
    expect(links.map((link) => link.getAttribute('href'))).toContain('/faq#does-it-hurt')
  })

  it('renders nothing for an article no question names', () => {
    const { container } = render(<RelatedQuestions slug="no-such-article" faqs={faqs} locale="en" />)
    expect(container).toBeEmptyDOMElement()
  })
})
