// The English words of the site's own dictionaries, for checking that a Hindi page shows none of them: every
// English entry that differs from its Hindi one, cut at its {blanks} into the phrases a page would show.
const leaves = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(leaves) : []

export function englishPhrases(...dictionaries: { en: unknown; hi: unknown }[]): string[] {
  const phrases = dictionaries.flatMap(({ en, hi }) => {
    const hindi = new Set(leaves(hi))
    return (
      leaves(en)
        .filter((text) => !hindi.has(text))
        .flatMap((text) => text.split(/\{\w+\}/))
        .map((part) => part.replace(/^[\s,.:“”()]+|[\s,.:“”()]+$/g, ''))
        // Words worth finding: at least one English word of four letters.
        .filter((part) => /[A-Za-z]{4}/.test(part))
    )
  })
  return [...new Set(phrases)]
}

/** The text and labels a reader (or a screen reader) gets, leaving out what is marked English on purpose
 * and the structured data. */
export function readableText(root: Element): string {
  const copy = root.cloneNode(true) as Element
  for (const english of copy.querySelectorAll('[lang="en"], script')) english.remove()
  // A <template>'s content is not its children: read it too (the copy and share buttons wait there).
  const templates = [...copy.querySelectorAll('template')].map((t) => t.content.textContent ?? '')
  const labels = [...copy.querySelectorAll('[aria-label]')].map((e) => e.getAttribute('aria-label'))
  const data = [...copy.querySelectorAll('*')].flatMap((e) =>
    [...e.attributes].filter((a) => a.name.startsWith('data-') && !a.name.includes('url')).map((a) => a.value),
  )
  return [copy.textContent, ...templates, ...labels, ...data].join('\n')
}
