// @vitest-environment jsdom
// enhance/announce.ts: the live-region messages and the clipboard call the copy buttons and section links share.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { announcer, copyText, messageMs } from '@/enhance/announce'

const originalClipboard = Object.getOwnPropertyDescriptor(window.navigator, 'clipboard')
const setClipboard = (clipboard: unknown) => Object.defineProperty(window.navigator, 'clipboard', { value: clipboard, configurable: true })

afterEach(() => {
  vi.useRealTimers()
  if (originalClipboard) Object.defineProperty(window.navigator, 'clipboard', originalClipboard)
  else Reflect.deleteProperty(window.navigator, 'clipboard')
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

describe('copyText', () => {
  it('copies through the clipboard and says it did', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined)
    setClipboard({ writeText })
    await expect(copyText('https://clinic.example/faq#does-it-hurt')).resolves.toBe(true)
    expect(writeText).toHaveBeenCalledExactlyOnceWith('https://clinic.example/faq#does-it-hurt')
  })

  it('waits for the clipboard before saying it copied', async () => {
    let finish = () => {}
    setClipboard({ writeText: () => new Promise<void>((resolve) => (finish = resolve)) })
    let result: boolean | undefined
    const copying = copyText('x').then((value) => (result = value))
    // Every pending promise callback runs before a timer does.
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(result).toBeUndefined()
    finish()
    await copying
    expect(result).toBe(true)
  })

  it.each([
    ['there is no clipboard', undefined],
    ['the clipboard cannot write text', {}],
    ['the browser refuses', { writeText: vi.fn().mockRejectedValue(new DOMException('Not allowed', 'NotAllowedError')) }],
    [
      'writing throws at once',
      {
        writeText: () => {
          throw new TypeError('Illegal invocation')
        },
      },
    ],
  ])('is false, without throwing, when %s', async (_, clipboard) => {
    setClipboard(clipboard)
    await expect(copyText('x')).resolves.toBe(false)
  })
})
