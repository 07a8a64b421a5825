// Keyboard paths between the search box and its results: ↓ from the box goes to the first result, ↑ and ↓ move
// between results, ↑ from the first goes back to the box. Tab moves through them as links anyway.
export function arrowKeys(input: HTMLInputElement, list: HTMLElement) {
  const links = () => [...list.querySelectorAll<HTMLAnchorElement>('a[href]')]
  input.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown') return
    const first = links()[0]
    if (!first) return
    event.preventDefault()
    first.focus()
  })
  list.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return
    const all = links()
    const at = all.indexOf(event.target as HTMLAnchorElement)
    if (at === -1) return
    event.preventDefault()
    const next = event.key === 'ArrowDown' ? all[at + 1] : at === 0 ? input : all[at - 1]
    next?.focus()
  })
}
