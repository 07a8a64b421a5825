// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { RelatedQuestions } from '@/components/faq/RelatedQuestions'
import { getContent } from '@/lib/content'
import { relatedFaqs } from '@/lib/faq/group'

describe('RelatedQuestions', () => {
  it('lists the questions that name the article, linked to their answers on /faq', () => {
    const expected = relatedFaqs(getContent().faqs, 'procedure')
    expect(expected.length).toBeGreaterThan(0)
    render(<RelatedQuestions slug="procedure" faqs={getContent().faqs} />)
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
    const { container } = render(<RelatedQuestions slug="no-such-article" faqs={getContent().faqs} />)
    expect(container).toBeEmptyDOMElement()
  })
})
