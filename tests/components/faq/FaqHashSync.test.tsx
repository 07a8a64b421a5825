// @vitest-environment jsdom
import { act, fireEvent, render } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { FaqFilterProvider, FilterableItem, useFaqFilter } from '@/components/faq/FaqFilterContext'
import { FaqHashSync } from '@/components/faq/FaqHashSync'
import { faqDetailsAttribute } from '@/lib/faq/dom'

function Answers() {
  return (
    <>
      {['does-it-hurt', 'is-it-safe'].map((id) => (
        <details key={id} id={id} {...{ [faqDetailsAttribute]: '' }}>
          <summary>{id}</summary>
          <p>Answer</p>
        </details>
      ))}
      <details id="not-an-answer">
        <summary>Other</summary>
      </details>
      <FaqHashSync />
    </>
  )
}

const details = (id: string) => document.getElementById(id) as HTMLDetailsElement
const nextFrame = () => act(() => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined))))

beforeEach(() => {
  Element.prototype.scrollIntoView = vi.fn()
  window.history.replaceState(null, '', '/faq')
})
afterEach(() => {
  window.history.replaceState(null, '', '/')
})

describe('FaqHashSync', () => {
  it('opens and scrolls to the answer named in the address on load', async () => {
    window.history.replaceState(null, '', '/faq#does-it-hurt')
    render(<Answers />)
    expect(details('does-it-hurt').open).toBe(true)
    expect(details('is-it-safe').open).toBe(false)
    await nextFrame()
    expect(Element.prototype.scrollIntoView).toHaveBeenCalled()
  })

  it('opens the answer when the hash changes', async () => {
    render(<Answers />)
    expect(details('is-it-safe').open).toBe(false)
    await act(async () => {
      window.location.hash = '#is-it-safe'
      await new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }))
    })
    expect(details('is-it-safe').open).toBe(true)
  })

  it('puts the opened answer in the address, and ignores other <details>', async () => {
    render(<Answers />)
    const replaceState = vi.spyOn(window.history, 'replaceState')
    await act(async () => {
      details('is-it-safe').dispatchEvent(new Event('toggle'))
    })
    expect(replaceState).not.toHaveBeenCalled()
    await act(async () => {
      details('is-it-safe').open = true
      details('is-it-safe').dispatchEvent(new Event('toggle'))
    })
    expect(window.location.hash).toBe('#is-it-safe')
    await act(async () => {
      details('not-an-answer').open = true
      details('not-an-answer').dispatchEvent(new Event('toggle'))
    })
    expect(window.location.hash).toBe('#is-it-safe')
    replaceState.mockRestore()
  })

  it('ignores hashes that are not answers', () => {
    window.history.replaceState(null, '', '/faq#not-an-answer')
    render(<Answers />)
    expect(details('not-an-answer').open).toBe(false)
  })
})

describe('FaqHashSync with the search', () => {
  it('clears a search that hides the answer named by a new hash', async () => {
    const items = [
      { id: 'does-it-hurt', category: 'procedure' as const, text: 'Does it hurt? Numbing cream.' },
      { id: 'is-it-safe', category: 'suitability-and-safety' as const, text: 'Is it safe? Usually.' },
    ]
    function Search() {
      const { query, setQuery } = useFaqFilter()
      return <input aria-label="q" value={query} onChange={(event) => setQuery(event.target.value)} />
    }
    const { getByLabelText } = render(
      <FaqFilterProvider items={items}>
        <Search />
        <ul>
          {items.map((item) => (
            <FilterableItem key={item.id} id={item.id}>
              <details id={item.id} {...{ [faqDetailsAttribute]: '' }}>
                <summary>{item.text}</summary>
              </details>
            </FilterableItem>
          ))}
        </ul>
        <FaqHashSync />
      </FaqFilterProvider>,
    )
    fireEvent.change(getByLabelText('q'), { target: { value: 'numbing' } })
    expect(details('is-it-safe').closest('li')).toHaveAttribute('hidden')
    await act(async () => {
      window.location.hash = '#is-it-safe'
      await new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }))
    })
    expect(details('is-it-safe').closest('li')).not.toHaveAttribute('hidden')
    expect(details('is-it-safe').open).toBe(true)
    expect(getByLabelText('q')).toHaveValue('')
  })
})
