// First-load JavaScript of the production build against the budgets in scripts/bench/lib/js-budgets.ts:
// the sizes come from the build's files, so the result does not depend on the machine's speed.
import { describe, expect, test } from 'vitest'
import { getContent } from '@/lib/content'
import { listPages } from '@/lib/pages/directory'
import { kb, measureFirstLoadJs } from '../../scripts/bench/lib/first-load-js'
import { ownBudgetKb, sharedBudgetKb } from '../../scripts/bench/lib/js-budgets'

const measured = measureFirstLoadJs()
const budgetBytes = (kilobytes: number) => kilobytes * 1024

describe('JavaScript budget', () => {
  test('every public page is measured', () => {
    const routes = measured.routes.map((route) => route.route)
    for (const page of listPages(getContent())) expect(routes, page.path).toContain(page.path)
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

  test('article pages load no script of their own', () => {
    const articles = listPages(getContent()).filter((page) => page.kind === 'article')
    expect(articles.length).toBeGreaterThan(0)
    for (const article of articles) {
      expect(measured.routes.find((route) => route.route === article.path)?.own.map((script) => script.file), article.path).toEqual([])
    }
  })
})
