// @vitest-environment jsdom
// The island mechanism (components/islands/, islands/hydrate.tsx): the server's HTML of an island hydrates with
// no mismatch, becomes interactive with the props it carried in its HTML, and keeps its slots' HTML as it is: a
// slot shown again is the same nodes, with whatever the page's enhancement script attached to them.
import { act, fireEvent, screen } from '@testing-library/react'
import { useState, type ReactNode } from 'react'
import { renderToString } from 'react-dom/server'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { defineIsland } from '@/components/islands/define'
import { Island } from '@/components/islands/Island'
import { hydrateIsland } from '@/islands/hydrate'

function Counter({ start, label, note }: { start: number; label: string; note: ReactNode }) {
  const [count, setCount] = useState(start)
  const [showNote, setShowNote] = useState(true)
  return (
    <div>
      <button type="button" onClick={() => setCount(count + 1)}>
        {label}: {count}
      </button>
      <button type="button" onClick={() => setShowNote(!showNote)}>
        Toggle note
      </button>
      {showNote && note}
    </div>
  )
}

const counterIsland = defineIsland<{ start: number; label: string }, 'note'>('counter', (props, { note }) => (
  <Counter {...props} note={note} />
))
const bundle = { src: '/assets/islands/counter-TEST.js', preload: [] }

/** The page as the build writes it, in the document. */
async function serverPage() {
  const html = renderToString(
    <main>
      <Island
        island={counterIsland}
        bundle={bundle}
        props={{ start: 3, label: 'Count' }}
        slots={{ note: <p data-testid="note">Server-only note</p> }}
      />
    </main>,
  )
  document.body.innerHTML = html
  return html
}

afterEach(() => {
  document.body.innerHTML = ''
  vi.restoreAllMocks()
})

describe('an island', () => {
  it('carries its props as JSON in an attribute, its slot in a marked wrapper, and its script as a module', async () => {
    const html = await serverPage()
    const root = document.querySelector('[data-island="counter"]')!
    expect(JSON.parse(root.getAttribute('data-island-props')!)).toEqual({ start: 3, label: 'Count' })
    expect(root.querySelector('[data-island-slot="note"]')?.textContent).toBe('Server-only note')
    expect(html).toContain('<script type="module" src="/assets/islands/counter-TEST.js"></script>')
    expect(html).not.toMatch(/<script>(?!<\/script>)/)
  })

  it('hydrates with no mismatch and works with the props from the HTML', async () => {
    await serverPage()
    const errors = vi.spyOn(console, 'error')
    await act(async () => expect(hydrateIsland(counterIsland)).toBe(1))
    fireEvent.click(screen.getByRole('button', { name: 'Count: 3' }))
    expect(screen.getByRole('button', { name: 'Count: 4' })).toBeTruthy()
    expect(errors).not.toHaveBeenCalled()
  })

  it('shows a slot again as the same nodes, with the listeners the page attached', async () => {
    await serverPage()
    const note = screen.getByTestId('note')
    const clicks = vi.fn()
    note.addEventListener('click', clicks) // as enhance/ does, before the island runs
    await act(async () => hydrateIsland(counterIsland))
    fireEvent.click(screen.getByRole('button', { name: 'Toggle note' }))
    expect(screen.queryByTestId('note')).toBeNull()
    fireEvent.click(screen.getByRole('button', { name: 'Toggle note' }))
    expect(screen.getByTestId('note')).toBe(note)
    fireEvent.click(note)
    expect(clicks).toHaveBeenCalledOnce()
  })

  it('leaves the server HTML as it is when its props do not parse', async () => {
    await serverPage()
    document.querySelector('[data-island]')!.setAttribute('data-island-props', '{not json')
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {})
    expect(hydrateIsland(counterIsland)).toBe(0)
    expect(errors).toHaveBeenCalledWith(expect.stringContaining('counter'))
    fireEvent.click(screen.getByRole('button', { name: 'Count: 3' }))
    expect(screen.getByRole('button', { name: 'Count: 3' })).toBeTruthy()
  })
})
