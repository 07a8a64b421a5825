// @vitest-environment jsdom
// The FAQ's copy-link control: server markup (components/faq/CopyLinkButton.tsx) made to work by
// enhance/copy.ts, as on the page.
import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { renderToStaticMarkup, renderToString } from 'react-dom/server'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { CopyLinkButton } from '@/components/faq/CopyLinkButton'
import { enhanceCopyButtons } from '@/enhance/copy'

const original = Object.getOwnPropertyDescriptor(window.navigator, 'clipboard')

/** userEvent.setup() installs its own clipboard, so ours goes in after it. */
function setup(clipboard: unknown) {
  const user = userEvent.setup()
  Object.defineProperty(window.navigator, 'clipboard', { value: clipboard, configurable: true })
  document.body.innerHTML = `<div>${renderToStaticMarkup(<CopyLinkButton id="does-it-hurt" question="Does SMP hurt?" locale="en" />)}</div>`
  enhanceCopyButtons(document)
  expect(screen.queryByRole('link', { name: /Link to this answer/ })).toBeNull()
  return { user, button: screen.getByRole('button', { name: 'Copy link to “Does SMP hurt?”' }) }
}

afterEach(() => {
  document.body.innerHTML = ''
  if (original) Object.defineProperty(window.navigator, 'clipboard', original)
  else Reflect.deleteProperty(window.navigator, 'clipboard')
})

const expectedUrl = () => `${window.location.origin}/faq#does-it-hurt`

describe('CopyLinkButton', () => {
  it('copies the full address of the answer and announces "Link copied"', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined)
    const { user, button } = setup({ writeText })
    expect(button).toHaveTextContent(/^Copy link/)
    expect(screen.getByRole('status')).toHaveTextContent('')
    await user.click(button)
    expect(writeText).toHaveBeenCalledExactlyOnceWith(expectedUrl())
    expect(expectedUrl()).toMatch(/^https?:\/\/[^/]+\/faq#does-it-hurt$/)
    expect(await screen.findByRole('status')).toHaveTextContent('Link copied')
    expect(screen.getByRole('status')).toHaveAttribute('aria-live', 'polite')
    expect(screen.queryByRole('textbox')).toBeNull()
  })

  it('without a clipboard, shows the link in a read-only box, focused and selected', async () => {
    const { user, button } = setup(undefined)
    await user.click(button)
    const box = screen.getByRole('textbox', { name: 'Copy this link:' })
    expect(box).toHaveValue(expectedUrl())
    expect(box).toHaveAttribute('readonly')
    expect(box).toHaveFocus()
    const input = box as HTMLInputElement
    expect([input.selectionStart, input.selectionEnd]).toEqual([0, expectedUrl().length])
    expect(screen.getByRole('status')).not.toHaveTextContent('Link copied')
  })

  it('falls back the same way when the browser refuses to copy', async () => {
    const writeText = vi.fn().mockRejectedValue(new DOMException('Not allowed', 'NotAllowedError'))
    const { user, button } = setup({ writeText })
    await user.click(button)
    expect(writeText).toHaveBeenCalledOnce()
    expect(await screen.findByRole('textbox', { name: 'Copy this link:' })).toHaveValue(expectedUrl())
    expect(screen.getByRole('status')).not.toHaveTextContent('Link copied')
  })

  it('is a plain link to the answer in the server HTML, so nothing is broken without JavaScript', () => {
    const html = renderToString(<CopyLinkButton id="does-it-hurt" question="Does SMP hurt?" locale="en" />)
    expect(html).toContain('href="#does-it-hurt"')
    expect(html).toContain('Link to this answer')
    // The button waits in a <template>, which is inert until the script uses it.
    expect(html.replace(/<template[\s\S]*<\/template>/, '')).not.toContain('<button')
  })
})
