// Budgets for first-load JavaScript (KB gzipped, 1 KB = 1024 bytes), set just above what
// `npm run bench:js` measured (BENCHMARKS.md, "JavaScript"), so that a heavy dependency cannot slip
// in unnoticed: tests/browser/js-budget.test.ts fails when a route goes over. Raise a budget only on
// purpose, and say why in the same change.

/** Everything every page loads: Next's runtime, React and the root layout's client parts. Measured 135.4. */
export const sharedBudgetKb = 137

/**
 * Article pages (every one-segment route not listed below) share one small island: the share menu
 * and the section-link copier. They read in full without it. Measured 2.0.
 */
export const articleOwnBudgetKb = 2.5

/** Each other route's own scripts, beyond the shared ones. */
const ownBudgetsKb: Record<string, number> = {
  '/': 0,
  '/_not-found': 0,
  /** The search box, its filter, the share menus and the copy-link buttons. Measured 3.2. */
  '/faq': 3.5,
  /**
   * The self-check island (zod-free since the bundle cut, see lib/candidacy/check.ts). Measured 8.7,
   * then 9.9 with contract version 2 (the hair-loss warning-signs question, two rules, headings that
   * fit the findings, and resuming answers saved by the previous version).
   */
  '/self-check': 10.5,
  /** The aftercare planner. Measured 5.5. */
  '/aftercare/planner': 6,
  /** The staff links page: copy buttons and QR codes. Measured 2.0. */
  '/links': 2.5,
}

/** The own budget of a route; undefined for a route that needs one added here. */
export function ownBudgetKb(route: string): number | undefined {
  if (route in ownBudgetsKb) return ownBudgetsKb[route]
  return /^\/[a-z0-9-]+$/.test(route) ? articleOwnBudgetKb : undefined
}
