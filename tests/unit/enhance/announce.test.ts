// @vitest-environment jsdom
// enhance/announce.ts: the live-region messages the copy buttons and section links share (the clipboard
// call is lib/clipboard.ts, tested in tests/unit/clipboard.test.ts).
import { afterEach, describe, expect, it, vi } from 'vitest'
import { announcer, messageMs } from '@/enhance/announce'

afterEach(() => {
  vi.useRealTimers()
})

function region() {
  const element = document.createElement('p')
  element.setAttribute('role', 'status')
  return element
}

describe('announcer', () => {
  it('puts the message in the region, tells onChange, and clears both after messageMs', () => {
    vi.useFakeTimers()
    const status = region()
    const onChange = vi.fn()
    const say = announcer(status, onChange)
    say('Link copied')
    expect(status.textContent).toBe('Link copied')
    expect(onChange).toHaveBeenCalledExactlyOnceWith('Link copied')
    vi.advanceTimersByTime(messageMs - 1)
    expect(status.textContent).toBe('Link copied')
    vi.advanceTimersByTime(1)
    expect(status.textContent).toBe('')
    expect(onChange.mock.calls).toEqual([['Link copied'], ['']])
  })

  it('restarts the clock for a new message', () => {
    vi.useFakeTimers()
    const status = region()
    const say = announcer(status)
    say('First')
    vi.advanceTimersByTime(messageMs - 100)
    say('Second')
    vi.advanceTimersByTime(messageMs - 1)
    // Past the first message's time: the second is still there.
    expect(status.textContent).toBe('Second')
    vi.advanceTimersByTime(1)
    expect(status.textContent).toBe('')
  })

  it('clears at once for an empty message, and cancels the pending clear', () => {
    vi.useFakeTimers()
    const status = region()
    const onChange = vi.fn()
    const say = announcer(status, onChange)
    say('Copied')
    say('')
    expect(status.textContent).toBe('')
    expect(vi.getTimerCount()).toBe(0)
    vi.advanceTimersByTime(messageMs * 2)
    expect(onChange.mock.calls).toEqual([['Copied'], ['']])
  })

  it('keeps one clock per region', () => {
    vi.useFakeTimers()
    const [a, b] = [region(), region()]
    const sayA = announcer(a)
    const sayB = announcer(b)
    sayA('A')
    vi.advanceTimersByTime(messageMs / 2)
    sayB('B')
    vi.advanceTimersByTime(messageMs / 2)
    expect([a.textContent, b.textContent]).toEqual(['', 'B'])
    vi.advanceTimersByTime(messageMs / 2)
    expect(b.textContent).toBe('')
  })
})
