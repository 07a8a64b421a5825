// First-load JavaScript of the production build against the budgets in scripts/bench/lib/js-budgets.ts:
// the sizes come from the build's files, so the result does not depend on the machine's speed.
import { describe, expect, test } from 'vitest'
import { listPages } from '@/lib/pages/directory'
import { getContent } from '@/lib/content'
import { kb, measureFirstLoadJs, notFoundRoute } from '../../scripts/bench/lib/first-load-js'
import { ownBudgetKb, sharedBudgetKb } from '../../scripts/bench/lib/js-budgets'
import { publicRoutes } from '@/tests/support/browser/routes'
import { localePath, locales, stripLocale } from '@/lib/i18n/locales'
import { staticRoutes } from '@/lib/routes'
import { readSearchManifest } from '@/lib/search/bundle'

const isSearchPage = (route: string) => stripLocale(route) === staticRoutes.search

const measured = measureFirstLoadJs()
const budgetBytes = (kilobytes: number) => kilobytes * 1024
const documents = measured.routes.filter((route) => route.kind === 'document')
const tools = measured.routes.filter((route) => route.kind === 'tool')

describe('JavaScript budget', () => {
  test('every page is measured, the 404 page too', () => {
    const routes = measured.routes.map((route) => route.route)
    for (const path of [...publicRoutes(), notFoundRoute]) expect(routes, path).toContain(path)
  })

  test(`the framework every tool shares stays within ${sharedBudgetKb} KB gzipped`, () => {
    expect(tools.length).toBeGreaterThan(0)
    expect(measured.sharedGzipBytes, `shared: ${kb(measured.sharedGzipBytes)} KB`).toBeLessThanOrEqual(
      budgetBytes(sharedBudgetKb),
    )
  })

  test.each(documents.map((route) => [route.route, route] as const))(
    'document %s loads no framework and no inline script',
    (route, { framework, inlineCount }) => {
      expect(
        framework.map((script) => script.file),
        `${route} loads Next's runtime`,
      ).toEqual([])
      expect(inlineCount, `${route} has inline scripts`).toBe(0)
    },
  )

  test.each(measured.routes.map((route) => [route.route, route] as const))(
    '%s stays within its own budget',
    (route, { ownGzipBytes, own }) => {
      const budget = ownBudgetKb(route)
      expect(budget, `${route} has no budget: add one to scripts/bench/lib/js-budgets.ts`).toBeDefined()
      const files = own.map((script) => `${script.file} ${kb(script.gzipBytes)} KB`).join(', ')
      expect(ownGzipBytes, `${route}: ${kb(ownGzipBytes)} KB of its own (${files})`).toBeLessThanOrEqual(
        budgetBytes(budget!),
      )
    },
  )

  test('every document but the search page, articles and all, loads the same one enhancement script and nothing of its own', () => {
    const articles = listPages(getContent()).filter((page) => page.kind === 'article')
    expect(articles.length).toBeGreaterThan(1)
    for (const article of articles)
      expect(
        documents.map((route) => route.route),
        article.path,
      ).toContain(article.path)
    const first = documents[0]!.own.map((script) => script.file)
    expect(first).toHaveLength(1)
    for (const document of documents.filter((route) => !isSearchPage(route.route)))
      expect(
        document.own.map((script) => script.file),
        document.route,
      ).toEqual(first)
  })

  test('the search page, in every language, loads the enhancements and its own script (the manifest names it)', () => {
    const searchPages = documents.filter((route) => isSearchPage(route.route))
    expect(searchPages.map((route) => route.route).sort()).toEqual(
      locales.map((locale) => localePath(locale, staticRoutes.search)).sort(),
    )
    const enhancements = documents.find((route) => !isSearchPage(route.route))!.own.map((script) => script.file)
    for (const page of searchPages)
      expect(page.own.map((script) => script.file)).toEqual([...enhancements, readSearchManifest().script.src])
  })
})
