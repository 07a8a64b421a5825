// @vitest-environment jsdom
// enhance/share.ts on the documents' Share menu (components/share/ShareButton.tsx): the share
// sheet's button where there is a Web Share API, the <details> menu where there is none or it fails.
import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ShareButton } from '@/components/share/ShareButton'
import { enhanceShareMenus } from '@/enhance/share'

const page = {
  title: 'Aftercare',
  url: 'https://clinic.example/aftercare',
  label: 'Share this page',
  locale: 'en' as const,
}
const answer = {
  title: 'Does SMP hurt?',
  url: 'https://clinic.example/faq#does-it-hurt',
  context: 'Does SMP hurt?',
  locale: 'en' as const,
}
const markup = renderToStaticMarkup(
  createElement(
    'main',
    null,
    createElement('div', { id: 'page' }, createElement(ShareButton, page)),
    createElement('div', { id: 'answer' }, createElement(ShareButton, answer)),
  ),
)

function setNativeShare(share: unknown) {
  Object.defineProperty(window.navigator, 'share', { value: share, configurable: true })
}
const error = (name: string) => Object.assign(new Error(name), { name })

function setup(share?: unknown) {
  const user = userEvent.setup()
  if (share !== undefined) setNativeShare(share)
  document.body.innerHTML = markup
  enhanceShareMenus(document)
  return user
}
const place = (id: string) => document.getElementById(id)!

afterEach(() => {
  Reflect.deleteProperty(window.navigator, 'share')
  document.body.innerHTML = ''
  document.title = ''
})

describe('enhanceShareMenus without the Web Share API', () => {
  it('leaves every menu as the server sent it', () => {
    setup()
    expect(document.body.innerHTML).toBe(markup)
    expect(document.querySelectorAll('details[data-share-url]')).toHaveLength(2)
    expect(screen.queryByRole('button')).toBeNull()
  })

  it('leaves them too when navigator.share is there but is not a function', () => {
    setup({})
    expect(document.body.innerHTML).toBe(markup)
  })
})

describe('enhanceShareMenus with the Web Share API', () => {
  it('turns each menu into its one button, labelled as the menu was', () => {
    setup(vi.fn())
    expect(document.querySelector('details')).toBeNull()
    expect(within(place('page')).getByRole('button', { name: 'Share this page' })).toBeVisible()
    expect(within(place('answer')).getByRole('button', { name: 'Share: “Does SMP hurt?”' })).toBeVisible()
  })

  it('opens the share sheet with each menu’s own title and exact address', async () => {
    const share = vi.fn().mockResolvedValue(undefined)
    const user = setup(share)
    await user.click(within(place('answer')).getByRole('button'))
    await user.click(within(place('page')).getByRole('button'))
    expect(share.mock.calls).toEqual([
      [{ title: answer.title, url: answer.url }],
      [{ title: page.title, url: page.url }],
    ])
    // A share that went through changes nothing on the page.
    expect(document.querySelector('details')).toBeNull()
  })

  it('falls back on the document’s title when the menu names none', async () => {
    const share = vi.fn().mockResolvedValue(undefined)
    const user = userEvent.setup()
    setNativeShare(share)
    document.title = 'Aftercare | Test Clinic'
    document.body.innerHTML = markup
    place('page').querySelector('details')!.removeAttribute('data-share-title')
    enhanceShareMenus(document)
    await user.click(within(place('page')).getByRole('button'))
    expect(share).toHaveBeenCalledExactlyOnceWith({ title: 'Aftercare | Test Clinic', url: page.url })
  })

  it('stays a button when the person cancels the share sheet', async () => {
    const share = vi.fn().mockRejectedValue(error('AbortError'))
    const user = setup(share)
    const button = within(place('page')).getByRole('button', { name: 'Share this page' })
    await user.click(button)
    await vi.waitFor(() => expect(share).toHaveBeenCalledOnce())
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(button).toBeInTheDocument()
    expect(document.querySelector('details')).toBeNull()
  })

  it.each([
    ['rejects', () => Promise.reject(error('NotAllowedError'))],
    [
      'throws at once',
      () => {
        throw new TypeError('Invalid share data')
      },
    ],
  ])('brings back that menu, open, in the button’s place, when sharing %s', async (_, failure) => {
    const share = vi.fn(failure)
    const user = setup(share)
    await user.click(within(place('answer')).getByRole('button'))
    const menu = await vi.waitFor(() => place('answer').querySelector('details')!)
    expect(menu.open).toBe(true)
    expect(menu.parentElement).toBe(place('answer'))
    expect(within(place('answer')).queryByRole('button', { name: /^Share/ })).toBeNull()
    expect(within(menu).getByRole('link', { name: /WhatsApp/ })).toBeVisible()
    expect(within(menu).getByRole('link', { name: /Email/ })).toBeVisible()
    // The other menu is still the share sheet's button.
    expect(within(place('page')).getByRole('button', { name: 'Share this page' })).toBeVisible()
  })

  it('leaves a menu whose <template> holds no button as a menu', () => {
    document.body.innerHTML = markup
    const template = place('page').querySelector('template[data-share-native]')!
    template.innerHTML = ''
    const before = place('page').innerHTML
    setNativeShare(vi.fn())
    enhanceShareMenus(document)
    expect(place('page').innerHTML).toBe(before)
    expect(place('page').querySelector('details[data-share-url]')).not.toBeNull()
    expect(place('answer').querySelector('details')).toBeNull()
  })

  it('works only inside the root it is given', () => {
    setNativeShare(vi.fn())
    document.body.innerHTML = markup
    enhanceShareMenus(place('answer'))
    expect(place('page').querySelector('details')).not.toBeNull()
    expect(place('answer').querySelector('details')).toBeNull()
  })
})
