// "Share" (components/share/ShareMenu.tsx): where the browser has a share sheet (Web Share API), the
// <details> menu becomes the one button its <template> holds; after a failed share (not a cancel) the
// menu comes back, open, with the other ways to send the link.
export function enhanceShareMenus(root: ParentNode = document) {
  if (typeof navigator.share !== 'function') return
  for (const menu of root.querySelectorAll<HTMLDetailsElement>('details[data-share-url]')) {
    const template = menu.querySelector<HTMLTemplateElement>('template[data-share-native]')
    const button = template?.content.firstElementChild?.cloneNode(true) as HTMLButtonElement | undefined
    if (!button) continue
    const data = { title: menu.dataset.shareTitle ?? document.title, url: menu.dataset.shareUrl! }
    button.addEventListener('click', async () => {
      try {
        await navigator.share(data)
      } catch (error) {
        if ((error as Error).name === 'AbortError') return
        button.replaceWith(menu)
        menu.open = true
      }
    })
    menu.replaceWith(button)
  }
}
