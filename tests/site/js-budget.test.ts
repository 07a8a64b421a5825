// First-load JavaScript of the production build against the budgets in scripts/bench/lib/js-budgets.ts:
// the sizes come from the build's files, so the result does not depend on the machine's speed.
import { describe, expect, test } from 'vitest'
import { listPages } from '@/lib/pages/directory'
import { getContent } from '@/lib/content'
import { kb, measureFirstLoadJs, notFoundRoute } from '../../scripts/bench/lib/first-load-js'
import { budgetKb } from '../../scripts/bench/lib/js-budgets'
import { publicRoutes } from '@/tests/support/browser/routes'
import { localePath, locales, stripLocale } from '@/lib/i18n/locales'
import { staticRoutes } from '@/lib/routes'
import { readSearchManifest } from '@/lib/search/bundle'

const isSearchPage = (route: string) => stripLocale(route) === staticRoutes.search

const measured = measureFirstLoadJs()
const documents = measured.routes.filter((route) => route.kind === 'document')
const tools = measured.routes.filter((route) => route.kind === 'tool')

describe('JavaScript budget', () => {
  test('every page is measured, the 404 page too', () => {
    const routes = measured.routes.map((route) => route.route)
    for (const path of [...publicRoutes(), notFoundRoute]) expect(routes, path).toContain(path)
  })

  test.each(measured.routes.map((route) => [route.route, route] as const))(
    '%s loads no Next runtime and no inline script',
    (route, { framework, inlineCount }) => {
      expect(
        framework.map((script) => script.file),
        `${route} loads Next's runtime`,
      ).toEqual([])
      expect(inlineCount, `${route} has inline scripts`).toBe(0)
    },
  )

  test.each(measured.routes.map((route) => [route.route, route] as const))(
    '%s stays within its budget, framework included',
    (route, { totalGzipBytes, enhancements, island }) => {
      const budget = budgetKb(route)
      expect(budget, `${route} has no budget: add one to scripts/bench/lib/js-budgets.ts`).toBeDefined()
      const files = [...enhancements, ...island].map((script) => `${script.file} ${kb(script.gzipBytes)} KB`)
      expect(totalGzipBytes, `${route}: ${kb(totalGzipBytes)} KB (${files.join(', ')})`).toBeLessThanOrEqual(
        budget! * 1024,
      )
    },
  )

  test('every tool has an island; the tools share its framework, loaded from one set of files', () => {
    expect(tools.length).toBeGreaterThan(0)
    for (const tool of tools) expect(tool.island.length, tool.route).toBeGreaterThan(0)
    expect(measured.sharedGzipBytes).toBeGreaterThan(0)
  })

  test('every document but the search page, articles and all, loads the same one enhancement script and no island', () => {
    const articles = listPages(getContent()).filter((page) => page.kind === 'article')
    expect(articles.length).toBeGreaterThan(1)
    for (const article of articles)
      expect(
        documents.map((route) => route.route),
        article.path,
      ).toContain(article.path)
    const first = documents[0]!.enhancements.map((script) => script.file)
    expect(first).toHaveLength(1)
    for (const document of documents.filter((route) => !isSearchPage(route.route))) {
      expect(
        document.enhancements.map((script) => script.file),
        document.route,
      ).toEqual(first)
      expect(document.island, document.route).toEqual([])
    }
  })

  test('the search page, in every language, loads the enhancements and its own script (the manifest names it)', () => {
    const searchPages = documents.filter((route) => isSearchPage(route.route))
    expect(searchPages.map((route) => route.route).sort()).toEqual(
      locales.map((locale) => localePath(locale, staticRoutes.search)).sort(),
    )
    const enhancements = documents
      .find((route) => !isSearchPage(route.route))!
      .enhancements.map((script) => script.file)
    for (const page of searchPages)
      expect(page.enhancements.map((script) => script.file)).toEqual([...enhancements, readSearchManifest().script.src])
  })
})
