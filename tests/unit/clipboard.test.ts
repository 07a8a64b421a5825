// @vitest-environment jsdom
// lib/clipboard.ts: the one clipboard call, shared by CopyButton and the documents' enhancements
// (these tests moved here from tests/unit/enhance/announce.test.ts unchanged).
import { afterEach, describe, expect, it, vi } from 'vitest'
import { copiedMessageMs, copyText } from '@/lib/clipboard'
import { messageMs } from '@/enhance/announce'

const originalClipboard = Object.getOwnPropertyDescriptor(window.navigator, 'clipboard')
const setClipboard = (clipboard: unknown) =>
  Object.defineProperty(window.navigator, 'clipboard', { value: clipboard, configurable: true })

afterEach(() => {
  if (originalClipboard) Object.defineProperty(window.navigator, 'clipboard', originalClipboard)
  else Reflect.deleteProperty(window.navigator, 'clipboard')
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
    [
      'the browser refuses',
      { writeText: vi.fn().mockRejectedValue(new DOMException('Not allowed', 'NotAllowedError')) },
    ],
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

describe('copiedMessageMs', () => {
  it("is the documents' message time too, so both kinds of copy button behave alike", () => {
    expect(messageMs).toBe(copiedMessageMs)
    expect(copiedMessageMs).toBe(5000)
  })
})
