// A section's "#" link still jumps to the section (the address bar then holds its link); with this it
// also copies the section's full public address and says so, for staff pasting it into a message.
// The live region is in the server HTML (components/article/HeadingAnchorCopy.tsx), visually hidden
// until there is something to say.
import { copyText } from '@/lib/clipboard'
import { announcer } from './announce'

/** Returns a function that stops it (for tests). */
export function enhanceHeadingAnchors(root: Document = document): () => void {
  const region = root.querySelector<HTMLElement>('[data-anchor-copy]')
  if (!region) return () => {}
  const pageUrl = region.dataset.anchorCopy!
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
        .trim() || 'this section'
    say(
      (await copyText(`${pageUrl}${hash}`))
        ? `Link to “${title}” copied`
        : `The link to “${title}” is now in the address bar`,
    )
  }
  root.addEventListener('click', onClick)
  return () => root.removeEventListener('click', onClick)
}
