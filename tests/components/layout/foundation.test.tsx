// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react'
import { describe, expect, test } from 'vitest'
import { ReviewDates } from '@/components/article/ReviewDates'
import { TableOfContents } from '@/components/article/TableOfContents'
import { ContactDetails } from '@/components/contact/ContactDetails'
import { Breadcrumbs } from '@/components/layout/Breadcrumbs'
import { testSite } from '@/tests/fixtures/site'

const site = testSite

describe('TableOfContents', () => {
  test('lists h2 sections with their h3 subsections nested, linking to each id', () => {
    render(
      <TableOfContents
        locale="en"
        headings={[
          { id: 'before', text: 'Before your session', level: 2 },
          { id: 'after', text: 'After your session', level: 2 },
          { id: 'washing', text: 'Washing your scalp', level: 3 },
        ]}
      />,
    )
    const nav = screen.getByRole('navigation', { name: 'On this page' })
    const after = within(nav).getByRole('link', { name: 'After your session' })
    expect(after).toHaveAttribute('href', '#after')
    // The subsection sits in a list inside the "After" item.
    expect(after.closest('li')).toContainElement(within(nav).getByRole('link', { name: 'Washing your scalp' }))
    expect(within(nav).getAllByRole('link')).toHaveLength(3)
  })

  test('is left out for a page with fewer than two sections', () => {
    const { container } = render(<TableOfContents headings={[{ id: 'one', text: 'One', level: 2 }]} locale="en" />)
    expect(container).toBeEmptyDOMElement()
  })
})

describe('ReviewDates', () => {
  test('shows the calendar dates as written, with machine-readable times', () => {
    render(<ReviewDates locale="en" article={{ lastReviewed: '2026-01-01', nextReviewDue: '2026-12-31' }} />)
    expect(screen.getByText('1 January 2026')).toHaveAttribute('datetime', '2026-01-01')
    expect(screen.getByText('31 December 2026')).toHaveAttribute('datetime', '2026-12-31')
    expect(screen.queryByText('Reviewed by:')).toBeNull()
  })

  test('names the reviewer when there is one', () => {
    render(
      <ReviewDates
        locale="en"
        article={{
          lastReviewed: '2026-01-01',
          nextReviewDue: '2026-12-31',
          reviewedBy: { name: 'A Person', role: 'Practitioner' },
        }}
      />,
    )
    expect(screen.getByText('A Person, Practitioner')).toBeInTheDocument()
  })
})

describe('ContactDetails', () => {
  test('links phone, WhatsApp and email from the settings', () => {
    render(<ContactDetails locale="en" site={site} id="contact" />)
    const section = screen.getByRole('region', { name: 'Contact Test Clinic' })
    expect(within(section).getByRole('link', { name: site.phone })).toHaveAttribute('href', 'tel:+442079460000')
    expect(within(section).getByRole('link', { name: 'Message us on WhatsApp' })).toHaveAttribute(
      'href',
      'https://wa.me/447700900123',
    )
    expect(within(section).getByRole('link', { name: site.email })).toHaveAttribute(
      'href',
      'mailto:hello@clinic.example',
    )
    expect(within(section).getByText('1 Road, Town, AB1 2CD, United Kingdom')).toBeInTheDocument()
    expect(within(section).queryByRole('link', { name: /book/i })).toBeNull()
  })

  test('offers online booking and leaves WhatsApp out when the settings say so', () => {
    render(
      <ContactDetails
        locale="en"
        site={{ ...site, whatsapp: undefined, bookingUrl: 'https://book.example/x' }}
        id="c"
        title="Get in touch"
      />,
    )
    expect(screen.getByRole('heading', { name: 'Get in touch' })).toBeInTheDocument()
    expect(screen.queryByText('WhatsApp')).toBeNull()
    expect(screen.getByRole('link', { name: 'Book a consultation online' })).toHaveAttribute(
      'href',
      'https://book.example/x',
    )
  })
})

describe('Breadcrumbs', () => {
  test('links every step but the current page, which is marked as current', () => {
    render(
      <Breadcrumbs
        site={testSite}
        locale="en"
        trail={[
          { href: '/', label: 'Home' },
          { href: '/aftercare', label: 'Aftercare' },
        ]}
      />,
    )
    const nav = screen.getByRole('navigation', { name: 'Breadcrumb' })
    expect(within(nav).getByRole('link', { name: 'Home' })).toHaveAttribute('href', '/')
    expect(within(nav).queryByRole('link', { name: 'Aftercare' })).toBeNull()
    expect(within(nav).getByText('Aftercare')).toHaveAttribute('aria-current', 'page')
  })
})

describe('Breadcrumbs structured data', () => {
  test('describes the same trail as a BreadcrumbList with absolute addresses', () => {
    const { container } = render(
      <Breadcrumbs
        site={testSite}
        locale="en"
        trail={[
          { href: '/', label: 'Home' },
          { href: '/aftercare', label: 'Aftercare' },
        ]}
      />,
    )
    const script = container.querySelector('script[type="application/ld+json"]')
    const data = JSON.parse(script?.textContent ?? '{}')
    const { url } = testSite
    expect(data).toEqual({
      '@context': 'https://schema.org',
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: 'Home', item: `${url}/` },
        { '@type': 'ListItem', position: 2, name: 'Aftercare', item: `${url}/aftercare` },
      ],
    })
  })
})
