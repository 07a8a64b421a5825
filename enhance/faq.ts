// The FAQ page (pages/faq.tsx, components/faq/*):
// - the search box (in the server HTML, hidden without JavaScript) narrows the questions as one types,
//   hides categories left empty, and announces the count once typing pauses;
// - /faq#does-it-hurt (on load, or when the hash changes) opens that answer and scrolls to it, clearing
//   a search that hides it;
// - opening an answer puts its #id in the address, so the address can be copied and shared.
import { faqDetailsAttribute } from '@/lib/faq/dom'
import { matchCountMessage, matchesQuery, queryTerms, type MatchCountWords } from '@/lib/faq/filter'
import { elementText } from './element-text'

/** How long typing must pause before the count is announced, so a screen reader is not flooded. */
export const announceDelayMs = 400

const answerText = (details: Element) => {
  const answer = details.querySelector('[data-faq-text]')
  return answer ? elementText(answer) : ''
}

const answers = (root: ParentNode) => [...root.querySelectorAll<HTMLDetailsElement>(`details[${faqDetailsAttribute}]`)]

function enhanceFilter(root: Document): (() => void) | undefined {
  const box = root.querySelector<HTMLElement>('[data-faq-filter]')
  const input = box?.querySelector<HTMLInputElement>('input[type="search"]')
  const status = box?.querySelector('[role="status"]')
  const empty = box?.querySelector<HTMLElement>('[data-faq-empty]')
  if (!box || !input || !status || !empty) return undefined
  // The count's wording, in the page's language, and the digits to write it with (components/faq/FaqFilterBox.tsx).
  const { faqNone = '', faqOne = '', faqMany = '', faqDigits } = box.dataset
  const words: MatchCountWords = { none: faqNone, one: faqOne, many: faqMany }
  const countMessage = (count: number) => {
    const message = matchCountMessage(count, words)
    return faqDigits ? message.replace(/[0-9]/g, (digit) => faqDigits[Number(digit)]!) : message
  }
  // What a reader sees of each answer: its question and its text (the same as lib/faq/filter's index).
  const items = answers(root).map((details) => ({
    item: details.closest('li') ?? details,
    text: `${details.querySelector('summary')?.textContent ?? ''} ${answerText(details)}`,
  }))
  const categories = [...root.querySelectorAll<HTMLElement>('[data-faq-category]')]
  let timer: ReturnType<typeof setTimeout> | undefined

  const apply = () => {
    const query = input.value
    const filtering = queryTerms(query).length > 0
    let count = 0
    for (const { item, text } of items) {
      const show = !filtering || matchesQuery({ text }, query)
      item.hidden = !show
      if (show) count++
    }
    // Its questions are the list items straight under its list (answers and share menus hold lists of their own).
    for (const category of categories)
      category.hidden = filtering && !category.querySelector(':scope > ul > li:not([hidden])')
    empty.hidden = !filtering || count > 0
    const quoted = empty.querySelector('[data-faq-query]')
    if (quoted) quoted.textContent = query.trim()
    clearTimeout(timer)
    if (!filtering) status.textContent = ''
    else timer = setTimeout(() => (status.textContent = countMessage(count)), announceDelayMs)
  }
  input.addEventListener('input', apply)
  input.addEventListener('search', apply)
  empty.querySelector('button')?.addEventListener('click', () => {
    input.value = ''
    apply()
    input.focus()
  })
  input.disabled = false
  if (input.value) apply()
  return () => {
    input.value = ''
    apply()
  }
}

function answerFromHash(root: Document): HTMLDetailsElement | null {
  let id: string
  try {
    id = decodeURIComponent(location.hash.slice(1))
  } catch {
    return null
  }
  const element = id ? root.getElementById(id) : null
  return element instanceof HTMLDetailsElement && element.hasAttribute(faqDetailsAttribute) ? element : null
}

export function enhanceFaq(root: Document = document) {
  if (answers(root).length === 0) return
  const clearSearch = enhanceFilter(root)
  const openFromHash = () => {
    const details = answerFromHash(root)
    if (!details) return
    if (details.closest('[hidden]')) clearSearch?.()
    details.open = true
    // After this frame's layout, so the newly shown answer and the search box are in place.
    requestAnimationFrame(() => details.scrollIntoView({ block: 'start' }))
  }
  openFromHash()
  addEventListener('hashchange', openFromHash)
  // "toggle" does not bubble: listen in the capture phase to hear every answer.
  root.addEventListener(
    'toggle',
    (event) => {
      const details = event.target
      if (!(details instanceof HTMLDetailsElement) || !details.hasAttribute(faqDetailsAttribute) || !details.open)
        return
      if (location.hash !== `#${details.id}`) history.replaceState(null, '', `#${details.id}`)
    },
    true,
  )
}
