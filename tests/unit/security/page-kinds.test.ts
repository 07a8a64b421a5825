import { describe, expect, it } from 'vitest'
import { getContent } from '@/lib/content'
import { locales, localePath } from '@/lib/i18n/locales'
import { staffLinksPathFor } from '@/lib/links/directory'
import { listPages } from '@/lib/pages/directory'
import { staticRoutes } from '@/lib/routes'
import { isToolPath, pageKindOf, toolPaths } from '@/lib/security/page-kinds'

describe('kinds of page', () => {
  it('the tools are the self-check and the planner in every language, and the staff links pages', () => {
    expect([...toolPaths].sort()).toEqual(
      [
        ...locales.flatMap((locale) =>
          [staticRoutes.selfCheck, staticRoutes.planner].map((p) => localePath(locale, p)),
        ),
        ...locales.map(staffLinksPathFor),
      ].sort(),
    )
  })

  it('every other page, in every language, is a document: no list of articles to keep', () => {
    for (const locale of locales) {
      for (const page of listPages(getContent(locale))) {
        expect(pageKindOf(page.path), page.path).toBe(page.kind === 'tool' ? 'tool' : 'document')
      }
    }
    // An article added tomorrow, an unknown address and the 404 files are documents too.
    for (const path of ['/an-article-added-tomorrow', '/hi/an-article-added-tomorrow', '/no/such/page', '/404.html'])
      expect(pageKindOf(path), path).toBe('document')
  })

  it('recognises a tool by its address or its file in the static export', () => {
    for (const path of ['/self-check', '/self-check.html', '/hi/aftercare/planner.html', '/links', '/links/hi.html'])
      expect(isToolPath(path), path).toBe(true)
    for (const path of ['/', '/index.html', '/aftercare', '/aftercare.html', '/self-check/extra', '/links/xx'])
      expect(isToolPath(path), path).toBe(false)
  })
})
