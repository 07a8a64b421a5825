// The feedback link at the end of every document ("Is something wrong or unclear on this page? Tell us") names
// the page and its address without JavaScript; with this it also names the section the reader is at (the
// address's #id, e.g. /aftercare#washing-your-scalp), and follows it as the reader moves (as
// enhance/language-switch.ts does). On the 404 page, which has no address of its own, it gives the address
// that was not found.
import { feedbackHref, type FeedbackLinkData } from '@/lib/feedback/mail'
import { elementText } from './element-text'

/** The title of the section an id points at: the heading itself, or the first heading (or an answer's question) in it. */
export function sectionTitle(root: Document, id: string): string | undefined {
  const target = id ? root.getElementById(id) : null
  const heading = target && /^H[1-6]$/.test(target.tagName) ? target : target?.querySelector('h2, h3, h4, summary')
  if (!heading) return undefined
  const copy = heading.cloneNode(true) as Element
  // A section's "#" link and its hidden words are the site's, not the title.
  for (const extra of copy.querySelectorAll('a.heading-anchor, .sr-only')) extra.remove()
  return elementText(copy) || undefined
}

/** Returns a function that stops it (for tests). */
export function enhanceFeedback(root: Document = document): () => void {
  const links = [...root.querySelectorAll<HTMLAnchorElement>('a[data-feedback]')]
  if (links.length === 0) return () => {}
  const view = root.defaultView ?? window
  const follow = () => {
    const id = decodeURIComponent(view.location.hash.slice(1))
    const section = sectionTitle(root, id)
    for (const link of links) {
      let data: FeedbackLinkData
      try {
        data = JSON.parse(link.dataset.feedback ?? '') as FeedbackLinkData
      } catch {
        continue
      }
      // The page's own address with the section, or (404 page) the address the reader is at.
      const url = data.url ? `${data.url}${section ? `#${id}` : ''}` : view.location.href
      link.setAttribute('href', feedbackHref(data.email, data.words, { title: data.title, url, section }))
    }
  }
  follow()
  view.addEventListener('hashchange', follow)
  return () => view.removeEventListener('hashchange', follow)
}
