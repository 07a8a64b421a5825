// @vitest-environment jsdom
// enhance/faq.ts on the FAQ page's real server HTML (pages/faq.tsx): the search box, deep links and the
// address following the open answer. Ported from the React tests it replaced (FaqFilter, FaqHashSync).
import { screen, waitFor, within } from '@testing-library/react'
import userEvent, { type Options } from '@testing-library/user-event'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { announceDelayMs, enhanceFaq } from '@/enhance/faq'
import { faqDetailsAttribute } from '@/lib/faq/dom'
import { fakeTimers, faqPageHtml, testFaqs, testSite, trackListeners } from '@/tests/fixtures/enhance'

let pageHtml = ''
let removeListeners = () => {}
const originalScrollIntoView = Element.prototype.scrollIntoView

beforeAll(async () => {
  pageHtml = await faqPageHtml()
})
// jsdom has no scrollIntoView; the stub stays until the file ends, for a frame that comes after a test.
beforeEach(() => {
  Element.prototype.scrollIntoView = vi.fn()
  history.replaceState(null, '', '/faq')
})
afterEach(() => {
  removeListeners()
  removeListeners = () => {}
  vi.restoreAllMocks()
  document.body.innerHTML = ''
  history.replaceState(null, '', '/')
})
afterAll(() => {
  Element.prototype.scrollIntoView = originalScrollIntoView
})

/** The page as the server sends it, `before` (a browser restoring the search box, say), then the script. */
async function openPage({
  html = pageHtml,
  before,
  user: options,
}: { html?: string; before?: () => void; user?: Options } = {}) {
  const user = userEvent.setup(options)
  document.body.innerHTML = html
  before?.()
  const tracked = await trackListeners(() => enhanceFaq(document))
  removeListeners = tracked.remove
  const search = screen.getByRole('search')
  return {
    user,
    search,
    input: within(search).getByRole<HTMLInputElement>('searchbox', { name: 'Search the questions' }),
    status: within(search).getByRole('status'),
  }
}

const details = (id: string) => document.getElementById(id) as HTMLDetailsElement
const question = (id: string) => details(id).closest('li')!
const summary = (id: string) => details(id).querySelector(':scope > summary')!
/** What a browser does to the box when it restores a page from its history. */
const restoreSearch = (value: string) =>
  (document.querySelector<HTMLInputElement>('input[type="search"]')!.value = value)
const category = (name: string) => screen.getByRole('heading', { level: 2, name, hidden: true }).closest('section')!
const categoryNames = () => [...document.querySelectorAll('[data-faq-category] h2')].map((h) => h.textContent)
/** The next "toggle" event of a <details> (jsdom, like browsers, fires it in a task of its own). */
const toggled = (element: HTMLDetailsElement) =>
  new Promise((resolve) => element.addEventListener('toggle', resolve, { once: true }))
/** The "no match" message, in the search box. */
const noMatch = () => document.querySelector<HTMLElement>('[data-faq-filter] [data-faq-empty]')!
const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()))
const hashChange = (hash: string) =>
  new Promise<void>((resolve) => {
    addEventListener('hashchange', () => resolve(), { once: true })
    location.hash = hash
  })

describe('FAQ search', () => {
  it('shows every question, in category order, with no count before anything is typed', async () => {
    const { input, status } = await openPage()
    expect(categoryNames()).toEqual(['About SMP', 'The procedure', 'Aftercare'])
    // Each answer is a <details data-faq-answer>; its Share menu is a <details> of its own.
    expect([...category('The procedure').querySelectorAll(`details[${faqDetailsAttribute}]`)].map((d) => d.id)).toEqual(
      ['does-it-hurt', 'coffee'],
    )
    for (const { id } of testFaqs) expect(question(id)).toBeVisible()
    expect(input).toBeEnabled()
    expect(status).toHaveTextContent('')
    expect(status).toHaveAttribute('aria-live', 'polite')
  })

  it('narrows the questions as one types, announces the count and hides empty categories', async () => {
    const { user, input, status } = await openPage()
    await user.type(input, 'swim')
    // At once, before any pause.
    expect(question('swimming')).toBeVisible()
    for (const id of ['what-is-smp', 'does-it-hurt', 'coffee']) expect(question(id)).not.toBeVisible()
    expect(category('About SMP')).not.toBeVisible()
    expect(category('The procedure')).not.toBeVisible()
    expect(category('Aftercare')).toBeVisible()
    await waitFor(() => expect(status).toHaveTextContent('1 question matches'))

    await user.clear(input)
    await user.type(input, 'SMP')
    await waitFor(() => expect(status).toHaveTextContent('2 questions match'))
    expect(question('what-is-smp')).toBeVisible()
    expect(question('does-it-hurt')).toBeVisible()
    expect(question('coffee')).not.toBeVisible()
    expect(category('About SMP')).toBeVisible()
    expect(category('The procedure')).toBeVisible()
    expect(category('Aftercare')).not.toBeVisible()
  })

  it('matches the answer text, ignoring case and accents', async () => {
    const { user, input, status } = await openPage()
    await user.type(input, 'NUMBING')
    await waitFor(() => expect(status).toHaveTextContent('1 question matches'))
    expect(question('does-it-hurt')).toBeVisible()
    expect(question('what-is-smp')).not.toBeVisible()

    await user.clear(input)
    await user.type(input, 'cafe')
    await waitFor(() => expect(status).toHaveTextContent('1 question matches'))
    expect(question('coffee')).toBeVisible()
    expect(question('does-it-hurt')).not.toBeVisible()

    // Words of a list answer, across its items, in any order.
    await user.clear(input)
    await user.type(input, 'chlorine healed')
    await waitFor(() => expect(status).toHaveTextContent('1 question matches'))
    expect(question('swimming')).toBeVisible()
  })

  it('searches what a reader sees of each question, not the Copy link and Share controls inside it', async () => {
    const { user, input, status } = await openPage()
    // Every answer holds "Link to this answer", a Share menu with WhatsApp and Email, and the answer's address.
    for (const query of ['WhatsApp', 'Link to this answer', 'clinic.example']) {
      await user.clear(input)
      await user.type(input, query)
      for (const { id } of testFaqs) expect(question(id)).not.toBeVisible()
      await waitFor(() => expect(status).toHaveTextContent('No questions match'))
    }
  })

  it('says when nothing matches, with the query and the clinic phone and email, and can clear the search', async () => {
    const { user, search, input, status } = await openPage()
    await user.type(input, '  helicopter ')
    await waitFor(() => expect(status).toHaveTextContent('No questions match'))
    for (const { id } of testFaqs) expect(question(id)).not.toBeVisible()
    for (const name of categoryNames()) expect(category(name!)).not.toBeVisible()
    expect(noMatch()).toBeVisible()
    expect(noMatch()).toHaveTextContent(/^We could not find “helicopter” in these answers\. Try a different word/)
    expect(within(search).getByRole('link', { name: testSite.phone })).toHaveAttribute('href', 'tel:+442079460000')
    expect(within(search).getByRole('link', { name: testSite.email })).toHaveAttribute(
      'href',
      `mailto:${testSite.email}`,
    )

    await user.click(within(search).getByRole('button', { name: 'Clear the search' }))
    expect(input).toHaveValue('')
    expect(input).toHaveFocus()
    for (const { id } of testFaqs) expect(question(id)).toBeVisible()
    for (const name of categoryNames()) expect(category(name!)).toBeVisible()
    expect(status).toHaveTextContent('')
    expect(within(search).queryByRole('link', { name: testSite.phone })).toBeNull()
    expect(within(search).queryByRole('button', { name: 'Clear the search' })).toBeNull()
  })

  it('hides the "no match" message again as soon as something matches', async () => {
    const { user, input } = await openPage()
    await user.type(input, 'swimx')
    expect(noMatch()).toBeVisible()
    expect(noMatch()).toHaveTextContent('We could not find “swimx”')
    await user.type(input, '{Backspace}')
    expect(question('swimming')).toBeVisible()
    expect(noMatch()).not.toBeVisible()
  })

  it('is a search landmark, not a form: Enter submits nothing and the questions stay narrowed', async () => {
    const { user, input, status } = await openPage()
    expect(input.closest('form')).toBeNull()
    const submits: Event[] = []
    const listener = (event: Event) => submits.push(event)
    document.addEventListener('submit', listener, true)
    await user.type(input, 'numbing{Enter}')
    document.removeEventListener('submit', listener, true)
    expect(submits).toEqual([])
    expect(input).toHaveValue('numbing')
    await waitFor(() => expect(status).toHaveTextContent('1 question matches'))
    expect(question('does-it-hurt')).toBeVisible()
    expect(question('what-is-smp')).not.toBeVisible()
  })

  it('follows the "search" event too (the box’s own clear button in some browsers fires only that)', async () => {
    const { user, input } = await openPage()
    await user.type(input, 'swim')
    expect(question('coffee')).not.toBeVisible()
    input.value = ''
    input.dispatchEvent(new Event('search'))
    for (const { id } of testFaqs) expect(question(id)).toBeVisible()
  })

  it('applies a search the browser restored into the box before the script ran', async () => {
    const { input, status } = await openPage({ before: () => restoreSearch('swim') })
    expect(input).toHaveValue('swim')
    expect(question('swimming')).toBeVisible()
    expect(question('what-is-smp')).not.toBeVisible()
    await waitFor(() => expect(status).toHaveTextContent('1 question matches'))
  })

  it('is in the server HTML as a disabled, JavaScript-only box (so nothing shifts), with every question and answer showing', () => {
    const box = pageHtml.match(/<div[^>]*role="search"[^>]*>/)?.[0]
    expect(box).toMatch(/class="js-only /)
    expect(pageHtml).not.toContain('<form')
    expect(pageHtml).toMatch(/<input[^>]*type="search"[^>]*disabled=""/)
    // The only thing hidden is the "no match" message.
    const parsed = new DOMParser().parseFromString(pageHtml, 'text/html')
    expect([...parsed.querySelectorAll('[hidden]')].map((element) => element.outerHTML)).toEqual([
      expect.stringContaining('data-faq-empty'),
    ])
    for (const item of testFaqs) {
      expect(pageHtml).toContain(`id="${item.id}"`)
      expect(pageHtml).toContain(item.question)
    }
    expect(pageHtml).toContain('numbing cream helps')
  })
})

describe('FAQ search: the count is announced once typing pauses', () => {
  it('says nothing while keys come faster than the pause, then the count once', async () => {
    const { user, input, status } = await openPage({ user: fakeTimers() })
    await user.click(input)
    for (const key of 'swim') {
      await user.keyboard(key)
      vi.advanceTimersByTime(announceDelayMs - 1)
      expect(status).toHaveTextContent('')
    }
    // The questions narrowed as the keys came; only the announcement waits.
    expect(question('swimming')).toBeVisible()
    expect(question('coffee')).not.toBeVisible()
    vi.advanceTimersByTime(1)
    expect(status).toHaveTextContent('1 question matches')
  })

  it('announces the new count after the next pause, and nothing for an emptied box', async () => {
    const { user, input, status } = await openPage({ user: fakeTimers() })
    await user.type(input, 'smp')
    vi.advanceTimersByTime(announceDelayMs)
    expect(status).toHaveTextContent('2 questions match')
    await user.type(input, ' hurt')
    // The old count stays until the pause.
    expect(status).toHaveTextContent('2 questions match')
    vi.advanceTimersByTime(announceDelayMs)
    expect(status).toHaveTextContent('1 question matches')

    await user.clear(input)
    expect(status).toHaveTextContent('')
    vi.advanceTimersByTime(announceDelayMs * 10)
    expect(status).toHaveTextContent('')
  })

  it('drops a pending announcement when the box is emptied before the pause ends', async () => {
    const { user, input, status, search } = await openPage({ user: fakeTimers() })
    await user.type(input, 'helicopter')
    vi.advanceTimersByTime(announceDelayMs - 1)
    await user.click(within(search).getByRole('button', { name: 'Clear the search' }))
    vi.advanceTimersByTime(announceDelayMs * 10)
    expect(status).toHaveTextContent('')
  })
})

describe('FAQ deep links', () => {
  it('opens and scrolls to the answer named in the address on load, after the frame’s layout', async () => {
    history.replaceState(null, '', '/faq#does-it-hurt')
    await openPage()
    expect(details('does-it-hurt').open).toBe(true)
    for (const { id } of testFaqs.filter((faq) => faq.id !== 'does-it-hurt')) expect(details(id).open).toBe(false)
    const scrollIntoView = vi.mocked(Element.prototype.scrollIntoView)
    expect(scrollIntoView).not.toHaveBeenCalled()
    await nextFrame()
    expect(scrollIntoView).toHaveBeenCalledExactlyOnceWith({ block: 'start' })
    expect(scrollIntoView.mock.contexts[0]).toBe(details('does-it-hurt'))
  })

  it('opens the answer when the hash changes', async () => {
    await openPage()
    expect(details('swimming').open).toBe(false)
    await hashChange('#swimming')
    expect(details('swimming').open).toBe(true)
    await nextFrame()
    expect(vi.mocked(Element.prototype.scrollIntoView).mock.contexts).toEqual([details('swimming')])
  })

  it('ignores hashes that are not answers, and ones that do not decode', async () => {
    const notAnswer = '<details id="not-an-answer"><summary>Other</summary><p>Text</p></details>'
    history.replaceState(null, '', '/faq#not-an-answer')
    await openPage({ html: `${pageHtml}${notAnswer}` })
    expect(details('not-an-answer').open).toBe(false)
    // An error in an event listener goes to the window's "error" event, not to the test.
    const errors: unknown[] = []
    const onError = (event: ErrorEvent) => errors.push(event.error)
    addEventListener('error', onError)
    // A category heading has an id too.
    await hashChange('#topic-procedure')
    await hashChange('#%E0%A4%A')
    await hashChange('#')
    removeEventListener('error', onError)
    expect(errors).toEqual([])
    expect(document.querySelectorAll('details[open]')).toHaveLength(0)
    await nextFrame()
    expect(Element.prototype.scrollIntoView).not.toHaveBeenCalled()
  })

  it('clears a search that hides the answer named by a new hash', async () => {
    const { user, input, status } = await openPage()
    await user.type(input, 'numbing')
    await waitFor(() => expect(status).toHaveTextContent('1 question matches'))
    expect(question('swimming')).toHaveAttribute('hidden')
    await hashChange('#swimming')
    expect(question('swimming')).not.toHaveAttribute('hidden')
    expect(details('swimming').open).toBe(true)
    expect(input).toHaveValue('')
    for (const { id } of testFaqs) expect(question(id)).toBeVisible()
    expect(category('Aftercare')).toBeVisible()
    expect(status).toHaveTextContent('')
    expect(noMatch()).not.toBeVisible()
  })

  it('keeps a search that still shows the answer named by the hash', async () => {
    const { user, input } = await openPage()
    await user.type(input, 'SMP')
    await hashChange('#does-it-hurt')
    expect(details('does-it-hurt').open).toBe(true)
    expect(input).toHaveValue('SMP')
    expect(question('coffee')).not.toBeVisible()
  })

  it('on load, clears a restored search that hides the answer in the address', async () => {
    history.replaceState(null, '', '/faq#swimming')
    const { input } = await openPage({ before: () => restoreSearch('numbing') })
    expect(input).toHaveValue('')
    expect(question('swimming')).toBeVisible()
    expect(details('swimming').open).toBe(true)
  })

  it('works on answers without the search box', async () => {
    history.replaceState(null, '', '/faq#coffee')
    document.body.innerHTML = pageHtml
    document.querySelector('[data-faq-filter]')!.remove()
    removeListeners = (await trackListeners(() => enhanceFaq(document))).remove
    expect(details('coffee').open).toBe(true)
    // Its toggle event comes in a task of its own: let it pass before the address changes again.
    await toggled(details('coffee'))
    await hashChange('#swimming')
    expect(details('swimming').open).toBe(true)
  })
})

describe('FAQ address', () => {
  it('puts the opened answer in the address (replacing, not adding, a history entry), and ignores other <details>', async () => {
    const { user } = await openPage()
    const replaceState = vi.spyOn(history, 'replaceState')
    const entries = history.length
    // A toggle that leaves the answer closed changes nothing.
    details('swimming').dispatchEvent(new Event('toggle'))
    expect(replaceState).not.toHaveBeenCalled()

    await user.click(summary('swimming'))
    await waitFor(() => expect(location.hash).toBe('#swimming'))
    expect(replaceState).toHaveBeenCalledExactlyOnceWith(null, '', '#swimming')
    expect(history.length).toBe(entries)
    await user.click(summary('does-it-hurt'))
    await waitFor(() => expect(location.hash).toBe('#does-it-hurt'))
    expect(details('swimming').open).toBe(true)
    replaceState.mockClear()

    // The Share menu inside the open "When can I go swimming?" answer is a <details> too.
    const menu = details('swimming').querySelector<HTMLDetailsElement>('details[data-share-url]')!
    const menuToggled = toggled(menu)
    await user.click(menu.querySelector('summary')!)
    await menuToggled
    expect(menu.open).toBe(true)
    expect(location.hash).toBe('#does-it-hurt')

    // Closing an answer leaves the address as it is.
    const closed = toggled(details('swimming'))
    await user.click(summary('swimming'))
    await closed
    expect(details('swimming').open).toBe(false)
    expect(location.hash).toBe('#does-it-hurt')
    expect(replaceState).not.toHaveBeenCalled()
  })

  it('does not rewrite the address for the answer a deep link opened', async () => {
    history.replaceState(null, '', '/faq#does-it-hurt')
    const replaceState = vi.spyOn(history, 'replaceState')
    await openPage()
    await toggled(details('does-it-hurt'))
    expect(replaceState).not.toHaveBeenCalled()
    expect(location.hash).toBe('#does-it-hurt')
  })
})

describe('FAQ script on a page without answers', () => {
  it('does nothing: the search box stays disabled and no listener is added', async () => {
    const html = await faqPageHtml([])
    document.body.innerHTML = `${html}<details id="other"><summary>Other</summary></details>`
    history.replaceState(null, '', '/faq#other')
    const replaceState = vi.spyOn(history, 'replaceState')
    const { added, remove } = await trackListeners(() => enhanceFaq(document))
    removeListeners = remove
    expect(added).toEqual([])
    expect(screen.getByRole('searchbox', { name: 'Search the questions' })).toBeDisabled()
    expect(details('other').open).toBe(false)
    const otherToggled = toggled(details('other'))
    details('other').open = true
    await otherToggled
    expect(replaceState).not.toHaveBeenCalled()
    expect(location.hash).toBe('#other')
  })
})
