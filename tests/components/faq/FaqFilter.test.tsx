// @vitest-environment jsdom
import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { renderToString } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { FaqFilterBox, type FilterContact } from '@/components/faq/FaqFilterBox'
import { FaqFilterProvider } from '@/components/faq/FaqFilterContext'
import { FaqList } from '@/components/faq/FaqList'
import type { Faq } from '@/lib/content'
import { toSearchItem } from '@/lib/faq/filter'
import { faqDetailsAttribute } from '@/lib/faq/dom'
import { faq } from '../../unit/faq/fixtures'

const faqs: Faq[] = [
  faq({ id: 'what-is-smp', question: 'What is SMP?', category: 'about-smp', order: 1, html: '<p>Tiny dots of pigment that look like stubble.</p>' }),
  faq({ id: 'coffee', question: 'Can I drink coffee first?', category: 'procedure', order: 2, html: '<p>Skip the <em>café</em> au lait on the day.</p>' }),
  faq({ id: 'does-it-hurt', question: 'Does SMP hurt?', category: 'procedure', order: 1, html: '<p>Most people feel mild discomfort; a numbing cream helps.</p>' }),
  faq({ id: 'swimming', question: 'When can I go swimming?', category: 'aftercare', order: 1, html: '<ul><li>Wait until the scalp has healed.</li><li>Avoid chlorine.</li></ul>' }),
]
const contact: FilterContact = { phone: '+44 20 7946 0000', phoneHref: 'tel:+442079460000', email: 'hello@clinic.example', emailHref: 'mailto:hello@clinic.example' }

function Page() {
  return (
    <FaqFilterProvider items={faqs.map(toSearchItem)}>
      <FaqFilterBox contact={contact} />
      <FaqList faqs={faqs} />
    </FaqFilterProvider>
  )
}

function setup() {
  const user = userEvent.setup()
  render(<Page />)
  const search = screen.getByRole('search')
  return { user, input: within(search).getByRole('searchbox', { name: 'Search the questions' }), status: within(search).getByRole('status') }
}

const question = (name: string) => screen.getByText(name).closest('li')!
const heading = (name: string) => screen.getByRole('heading', { level: 2, name, hidden: true })

describe('FAQ filter', () => {
  it('shows every question, in category order, with no count before anything is typed', () => {
    const { status } = setup()
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(['About SMP', 'The procedure', 'Aftercare'])
    const procedure = heading('The procedure').closest('section')!
    // Each answer is a <details data-faq-answer>; its Share menu is a <details> of its own.
    expect([...procedure.querySelectorAll(`details[${faqDetailsAttribute}]`)].map((details) => details.id)).toEqual(['does-it-hurt', 'coffee'])
    for (const item of faqs) expect(question(item.question)).toBeVisible()
    expect(status).toHaveTextContent('')
    expect(status).toHaveAttribute('aria-live', 'polite')
  })

  it('narrows the questions as one types, announces the count and hides empty categories', async () => {
    const { user, input, status } = setup()
    await user.type(input, 'swim')
    expect(question('When can I go swimming?')).toBeVisible()
    for (const name of ['What is SMP?', 'Does SMP hurt?', 'Can I drink coffee first?']) expect(question(name)).not.toBeVisible()
    expect(heading('About SMP').closest('section')).not.toBeVisible()
    expect(heading('The procedure').closest('section')).not.toBeVisible()
    expect(heading('Aftercare').closest('section')).toBeVisible()
    await waitFor(() => expect(status).toHaveTextContent('1 question matches'))

    await user.clear(input)
    await user.type(input, 'SMP')
    await waitFor(() => expect(status).toHaveTextContent('2 questions match'))
    expect(question('What is SMP?')).toBeVisible()
    expect(question('Does SMP hurt?')).toBeVisible()
  })

  it('matches the answer text, ignoring case and accents', async () => {
    const { user, input, status } = setup()
    await user.type(input, 'NUMBING')
    await waitFor(() => expect(status).toHaveTextContent('1 question matches'))
    expect(question('Does SMP hurt?')).toBeVisible()

    await user.clear(input)
    await user.type(input, 'cafe')
    await waitFor(() => expect(status).toHaveTextContent('1 question matches'))
    expect(question('Can I drink coffee first?')).toBeVisible()
    expect(question('Does SMP hurt?')).not.toBeVisible()
  })

  it('says when nothing matches, with the clinic phone and email, and can clear the search', async () => {
    const { user, input, status } = setup()
    await user.type(input, 'helicopter')
    await waitFor(() => expect(status).toHaveTextContent('No questions match'))
    for (const item of faqs) expect(question(item.question)).not.toBeVisible()
    expect(screen.getByText(/We could not find “helicopter”/)).toBeVisible()
    expect(screen.getByRole('link', { name: contact.phone })).toHaveAttribute('href', contact.phoneHref)
    expect(screen.getByRole('link', { name: contact.email })).toHaveAttribute('href', contact.emailHref)

    await user.click(screen.getByRole('button', { name: 'Clear the search' }))
    expect(input).toHaveValue('')
    expect(input).toHaveFocus()
    for (const item of faqs) expect(question(item.question)).toBeVisible()
    await waitFor(() => expect(status).toHaveTextContent(''))
    expect(screen.queryByRole('link', { name: contact.phone })).toBeNull()
  })

  it('is a search landmark, not a form: Enter submits nothing and the questions stay narrowed', async () => {
    const { user, input, status } = setup()
    expect(input.closest('form')).toBeNull()
    const submits: Event[] = []
    const listener = (event: Event) => submits.push(event)
    document.addEventListener('submit', listener, true)
    await user.type(input, 'numbing{Enter}')
    document.removeEventListener('submit', listener, true)
    expect(submits).toEqual([])
    expect(input).toHaveValue('numbing')
    await waitFor(() => expect(status).toHaveTextContent('1 question matches'))
    expect(question('Does SMP hurt?')).toBeVisible()
    expect(question('What is SMP?')).not.toBeVisible()
  })

  it('is in the server HTML only as a disabled, JavaScript-only box (so nothing shifts), and every question and answer shows', () => {
    const html = renderToString(<Page />)
    const box = html.match(/<div[^>]*role="search"[^>]*>/)?.[0]
    expect(box).toMatch(/class="js-only /)
    expect(html).not.toContain('<form')
    expect(html).toMatch(/<input[^>]*type="search"[^>]*disabled=""/)
    expect(html).not.toMatch(/\shidden[\s=>]/)
    for (const item of faqs) {
      expect(html).toContain(`id="${item.id}"`)
      expect(html).toContain(item.question)
    }
    expect(html).toContain('numbing cream helps')
  })
})
