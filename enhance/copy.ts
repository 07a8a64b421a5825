// Copy buttons (components/ui/StaticCopyButton.tsx). The server HTML holds the button in a <template>
// and, beside it, what shows without JavaScript (a plain link, or the address as text): this swaps
// the one for the other. A click copies and says so in the button's live region; where the browser
// will not copy, a read-only box shows the text selected, to copy by hand.
import { copyText } from '@/lib/clipboard'
import { announcer } from './announce'

export function enhanceCopyButtons(root: ParentNode = document) {
  for (const template of root.querySelectorAll<HTMLTemplateElement>('template[data-copy]')) {
    const control = template.content.firstElementChild?.cloneNode(true) as HTMLElement | undefined
    const button = control?.querySelector('button')
    const status = control?.querySelector('[role="status"]')
    if (!control || !button || !status) continue
    const { copy = '', copyPath, copied = 'Copied', manual = 'Copy this:' } = template.dataset
    const say = announcer(status)
    let box: HTMLLabelElement | undefined
    button.addEventListener('click', async () => {
      const text = copyPath ? `${location.origin}${copyPath}` : copy
      if (await copyText(text)) {
        box?.remove()
        box = undefined
        say(copied)
        return
      }
      say('')
      if (!box) {
        box = document.createElement('label')
        box.className = template.dataset.manualClass ?? ''
        const caption = document.createElement('span')
        caption.textContent = manual
        const input = document.createElement('input')
        input.type = 'text'
        input.readOnly = true
        input.className = template.dataset.boxClass ?? ''
        input.addEventListener('focus', () => input.select())
        box.append(caption, input)
        control.append(box)
      }
      const input = box.querySelector('input')!
      input.value = text
      input.focus()
      input.select()
    })
    const fallback = template.hasAttribute('data-copy-replaces') ? template.previousElementSibling : null
    if (fallback) fallback.replaceWith(control)
    else template.before(control)
    template.remove()
  }
}
