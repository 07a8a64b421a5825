// The Hindi edition as the build wrote it, read from out/ without a browser: what a reader without JavaScript
// gets is this HTML. Every Hindi page (and the Hindi 404) is in Hindi (a Devanagari h1, no English word the site
// adds), links to its English twin with the switcher, and previews as Hindi; every English page's switcher leads
// to its Hindi twin. Chromium checks the templates with JavaScript, axe and the switcher's section in
// tests/browser/hindi.test.ts.
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { getContent } from '@/lib/content'
import { localePath } from '@/lib/i18n/locales'
import { listPages } from '@/lib/pages/directory'
import { staticDir } from '@/scripts/static/lib/static-server'
import { englishWordsIn } from '@/tests/support/english-words'
import { pageDocument, pageFile } from '@/tests/support/site/built-pages'

const english = getContent('en')
// Names of services in the country's wording (e.g. NHS 111): names, not English to translate.
const serviceNames = [english.region.urgentAdvice?.name].filter((name): name is string => Boolean(name))

/** The page's text outside elements marked as another language (lang="en": a source's title, the English page link). */
function hindiText(document: Document): string {
  const copy = document.body.cloneNode(true) as HTMLElement
  for (const other of copy.querySelectorAll('[lang]:not([lang|="hi"]), script, style, template')) other.remove()
  // A space after every element, as a reader sees them: else a block's last word runs into the next block's first.
  for (const element of copy.querySelectorAll('*')) element.append(' ')
  return copy.textContent ?? ''
}

const devanagari = /[\u0900-\u097F]/

describe.each(listPages(getContent('hi')).map((page) => page.path))('%s', (route) => {
  const document = pageDocument(pageFile(route))

  test('is in Hindi, switches to its English twin, and previews as Hindi', () => {
    expect(document.querySelector('h1')?.textContent).toMatch(devanagari)
    expect(englishWordsIn(hindiText(document), english.site, serviceNames)).toEqual([])
    const toEnglish = document.querySelector('a[data-language-switch]')
    expect(toEnglish?.getAttribute('href')).toBe(localePath('en', route))
    expect(toEnglish?.getAttribute('hreflang')).toBe('en')
    expect(toEnglish?.getAttribute('lang')).toBe('en')
    expect(document.querySelector('meta[property="og:locale"]')?.getAttribute('content')).toBe('hi_IN')
    const image = new URL(document.querySelector('meta[property="og:image"]')!.getAttribute('content')!)
    expect(image.pathname.startsWith('/hi')).toBe(true)
  })
})

test.each(listPages(english).map((page) => page.path))('%s: the switcher leads to its Hindi twin', (route) => {
  const toHindi = pageDocument(pageFile(route)).querySelector('a[data-language-switch]')
  expect(toHindi?.getAttribute('href')).toBe(localePath('hi', route))
  expect(toHindi?.getAttribute('hreflang')).toBe('hi')
})

test('the Hindi 404 page is in Hindi, not indexed, and leads to Hindi pages', () => {
  const document = pageDocument(join(staticDir, 'hi', '404.html'))
  expect(document.documentElement.getAttribute('lang')).toBe('hi')
  expect(document.querySelector('h1')?.textContent).toMatch(devanagari)
  expect(document.querySelector('meta[name="robots"]')?.getAttribute('content')).toContain('noindex')
  const hrefs = [...document.querySelectorAll('main a[href^="/"]')].map((link) => link.getAttribute('href')!)
  expect(hrefs.length).toBeGreaterThan(3)
  expect(hrefs.filter((href) => !href.startsWith('/hi'))).toEqual([])
  expect(englishWordsIn(hindiText(document), english.site, serviceNames)).toEqual([])
})
