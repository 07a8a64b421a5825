// Budgets for first-load JavaScript (KB gzipped, 1 KB = 1024 bytes), set just above what
// `npm run bench:js` measured (BENCHMARKS.md, "JavaScript"), so that a heavy dependency cannot slip
// in unnoticed: tests/browser/js-budget.test.ts fails when a route goes over. Raise a budget only on
// purpose, and say why in the same change.

/** Everything every page loads: Next's runtime, React and the root layout's links. Measured 134.6. */
export const sharedBudgetKb = 137

/** Each route's own scripts, beyond the shared ones. Article pages have none: they must need no JavaScript. */
const ownBudgetsKb: Record<string, number> = {
  '/': 0,
  '/_not-found': 0,
  /** The search box, its filter and the copy-link buttons. Measured 2.4. */
  '/faq': 3,
  /** The self-check island (zod-free since the bundle cut, see lib/candidacy/check.ts). Measured 7.6. */
  '/self-check': 8.5,
}

/** Article pages are every top-level route not listed above. */
export const articleOwnBudgetKb = 0

/** The own budget of a route; undefined for a route that needs one added here. */
export function ownBudgetKb(route: string): number | undefined {
  if (route in ownBudgetsKb) return ownBudgetsKb[route]
  return /^\/[a-z0-9-]+$/.test(route) ? articleOwnBudgetKb : undefined
}
