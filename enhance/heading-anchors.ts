// A section's "#" link still jumps to the section (the address bar then holds its link); with this it
// also copies the section's full public address and says so, for staff pasting it into a message.
// The live region is in the server HTML (components/article/HeadingAnchorCopy.tsx), visually hidden
// until there is something to say; it carries the messages in the page's language.
import { copyText } from '@/lib/clipboard'
import { fill } from '@/lib/i18n/fill'
import { announcer } from './announce'

/** Returns a function that stops it (for tests). */
export function enhanceHeadingAnchors(root: Document = document): () => void {
  const region = root.querySelector<HTMLElement>('[data-anchor-copy]')
  if (!region) return () => {}
  const { anchorCopy: pageUrl = '', anchorCopied = '', anchorInAddressBar = '', anchorUntitled = '' } = region.dataset
  const say = announcer(region, (message) => region.classList.toggle('sr-only', !message))
  const onClick = async (event: Event) => {
    const anchor = (event.target as Element | null)?.closest?.('a.heading-anchor')
    const hash = anchor?.getAttribute('href')
    if (!anchor || !hash?.startsWith('#')) return
    const title =
      [...(anchor.parentElement?.childNodes ?? [])]
        .filter((node) => node !== anchor)
        .map((node) => node.textContent)
        .join('')
        .trim() || anchorUntitled
    say(fill((await copyText(`${pageUrl}${hash}`)) ? anchorCopied : anchorInAddressBar, { title }))
  }
  root.addEventListener('click', onClick)
  return () => root.removeEventListener('click', onClick)
}
