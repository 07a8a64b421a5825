// The language switcher's link goes to the same page in the other language; with this, it also goes to the
// same section (the ids are the same in every language), e.g. /aftercare#washing-your-scalp to
// /hi/aftercare#washing-your-scalp. Without it, the link opens the top of the page.

/** Returns a function that stops it (for tests). */
export function enhanceLanguageSwitch(root: Document = document): () => void {
  const links = [...root.querySelectorAll<HTMLAnchorElement>('a[data-language-switch]')]
  if (links.length === 0) return () => {}
  const view = root.defaultView ?? window
  const follow = () => {
    for (const link of links) {
      const target = new URL(link.href, view.location.href)
      target.hash = view.location.hash
      // Kept a path, as the server wrote it (a full address would name this host).
      link.setAttribute('href', `${target.pathname}${target.search}${target.hash}`)
    }
  }
  follow()
  view.addEventListener('hashchange', follow)
  return () => view.removeEventListener('hashchange', follow)
}
