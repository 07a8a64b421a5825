// Urgent help on every page that matters, as the build wrote it (out/): what a reader gets with or without
// JavaScript, since these pages render it into their HTML. Chromium checks that it shows, with and without
// JavaScript, on one page of each kind in tests/browser/patient-safety.test.ts.
import { describe, expect, test } from 'vitest'
import { getContent } from '@/lib/content'
import { articlePath, requiredSections, staticRoutes } from '@/lib/routes'
import { telHref } from '@/lib/site/contact'
import { pageDocument, pageFile } from '@/tests/support/site/built-pages'

const content = getContent()
const pagesWithHelp = [...content.articles.map((a) => articlePath(a.slug)), staticRoutes.faq, staticRoutes.planner]

describe.each(pagesWithHelp)('%s', (path) => {
  test('shows urgent help in the clinic’s country, after the page’s own text', () => {
    const document = pageDocument(pageFile(path))
    const help = document.querySelectorAll('aside[aria-labelledby="urgent-help"]')
    expect(help).toHaveLength(1)
    const aside = help[0]!
    expect(aside.querySelector(`a[href="${telHref(content.region.emergencyNumber)}"]`)?.textContent).toBe(
      content.region.emergencyNumber,
    )
    expect(aside.querySelectorAll(`a[href="${requiredSections.gettingHelpUrgently}"]`)).toHaveLength(1)
    if (content.region.urgentAdvice) expect(aside.textContent).toContain(content.region.urgentAdvice.name)
    // Near the end: after the main heading and the body, before the footer.
    const following = (a: Node, b: Node) => Boolean(a.compareDocumentPosition(b) & 4)
    expect(following(document.querySelector('h1')!, aside)).toBe(true)
    expect(following(aside, document.querySelector('footer')!)).toBe(true)
  })
})
