// @vitest-environment jsdom
import { render, screen } from '@testing-library/react'
import { renderToStaticMarkup } from 'react-dom/server'
import { enhanceHeadingAnchors } from '@/enhance/heading-anchors'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { HeadingAnchorCopy } from '@/components/article/HeadingAnchorCopy'
// The article pipeline, so the test clicks the anchor markup articles really have.
import { compileMarkdown } from '@/tests/support/content'

const original = Object.getOwnPropertyDescriptor(window.navigator, 'clipboard')
let stop = () => {}
afterEach(() => {
  stop()
  document.body.innerHTML = ''
  if (original) Object.defineProperty(window.navigator, 'clipboard', original)
  else Reflect.deleteProperty(window.navigator, 'clipboard')
  window.location.hash = ''
})

async function setup(clipboard: unknown) {
  const user = userEvent.setup()
  Object.defineProperty(window.navigator, 'clipboard', { value: clipboard, configurable: true })
  const html = compileMarkdown('## Washing your scalp\n\nText.')
  // The server's markup, then the enhancement, as on an article page.
  document.body.innerHTML = `<div>${html}</div>${renderToStaticMarkup(<HeadingAnchorCopy pageUrl="https://clinic.example/aftercare" locale="en" />)}`
  stop = enhanceHeadingAnchors(document)
  return { user, anchor: screen.getByRole('link', { name: 'Link to the section “Washing your scalp”' }) }
}

describe('HeadingAnchorCopy', () => {
  it('copies the section’s full public address and announces it', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined)
    const { user, anchor } = await setup({ writeText })
    await user.click(anchor)
    expect(writeText).toHaveBeenCalledExactlyOnceWith('https://clinic.example/aftercare#washing-your-scalp')
    expect(await screen.findByRole('status')).toHaveTextContent('Link to “Washing your scalp” copied')
    // The link still does its ordinary job: the address bar now points at the section.
    expect(window.location.hash).toBe('#washing-your-scalp')
  })

  it('without a clipboard, says the link is in the address bar', async () => {
    const { user, anchor } = await setup(undefined)
    await user.click(anchor)
    expect(await screen.findByRole('status')).toHaveTextContent(
      'The link to “Washing your scalp” is now in the address bar',
    )
  })

  it('ignores clicks on other links', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined)
    const { user } = await setup({ writeText })
    render(<a href="#elsewhere">Elsewhere</a>)
    await user.click(screen.getByRole('link', { name: 'Elsewhere' }))
    expect(writeText).not.toHaveBeenCalled()
    expect(screen.getByRole('status')).toHaveTextContent('')
  })
})
