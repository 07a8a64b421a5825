// First-load JavaScript of the production build against the budgets in scripts/bench/lib/js-budgets.ts:
// the sizes come from the build's files, so the result does not depend on the machine's speed.
import { describe, expect, test } from 'vitest'
import { getContent } from '@/lib/content'
import { listPages } from '@/lib/pages/directory'
import { kb, measureFirstLoadJs } from '../../scripts/bench/lib/first-load-js'
import { ownBudgetKb, sharedBudgetKb } from '../../scripts/bench/lib/js-budgets'
import { publicRoutes } from './support/routes'

const measured = measureFirstLoadJs()
const budgetBytes = (kilobytes: number) => kilobytes * 1024

describe('JavaScript budget', () => {
  test('every page is measured', () => {
    const routes = measured.routes.map((route) => route.route)
    for (const path of publicRoutes()) expect(routes, path).toContain(path)
  })

  test(`what every page shares stays within ${sharedBudgetKb} KB gzipped`, () => {
    expect(measured.sharedGzipBytes, `shared: ${kb(measured.sharedGzipBytes)} KB`).toBeLessThanOrEqual(budgetBytes(sharedBudgetKb))
  })

  test.each(measured.routes.map((route) => [route.route, route] as const))('%s stays within its own budget', (route, { ownGzipBytes, own }) => {
    const budget = ownBudgetKb(route)
    expect(budget, `${route} has no budget: add one to scripts/bench/lib/js-budgets.ts`).toBeDefined()
    const files = own.map((script) => `${script.file} ${kb(script.gzipBytes)} KB`).join(', ')
    expect(ownGzipBytes, `${route}: ${kb(ownGzipBytes)} KB of its own (${files})`).toBeLessThanOrEqual(budgetBytes(budget!))
  })

  test('article pages all load the same island: none carries code of its own', () => {
    const articles = listPages(getContent()).filter((page) => page.kind === 'article')
    expect(articles.length).toBeGreaterThan(1)
    const ownOf = (path: string) => measured.routes.find((route) => route.route === path)?.own.map((script) => script.file)
    const first = ownOf(articles[0]!.path)
    for (const article of articles) expect(ownOf(article.path), article.path).toEqual(first)
  })
})
