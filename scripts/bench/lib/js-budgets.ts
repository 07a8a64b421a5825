// Budgets for first-load JavaScript (KB gzipped, 1 KB = 1024 bytes), set just above what
// `npm run bench:js` measured (BENCHMARKS.md, "JavaScript"), so that a heavy dependency cannot slip
// in unnoticed: tests/browser/js-budget.test.ts fails when a route goes over. Raise a budget only on
// purpose, and say why in the same change.
import { enhancementBudgetBytes } from '../../../lib/enhance/bundle'
import { stripLocale } from '../../../lib/i18n/locales'

/**
 * What every tool loads: Next's runtime, React and the root layout's client parts. Measured 135.4; 137.1 since the
 * static export became the one build (issue 23: its runtime chunks differ a little from `next start`'s). Documents: none.
 */
export const sharedBudgetKb = 138

/**
 * Documents (home, every article, the FAQ, the 404 page) load no framework and one small script: the
 * enhancements (enhance/: share menus, copy buttons, section links, the FAQ search and deep links). They read
 * in full without it. Measured 2.1; the ceiling for all documents together is 4 KB (issue 13). Measured 2.3 before
 * and 2.7 after issue 26: the feedback link at the end of every page names the section the reader is at
 * (enhance/feedback.ts, 0.4).
 */
export const documentOwnBudgetKb = 3
if (documentOwnBudgetKb * 1024 > enhancementBudgetBytes)
  throw new Error("The documents' budget is over the 4 KB ceiling")

/** The tools' own scripts, beyond the shared framework. */
const toolBudgetsKb: Record<string, number> = {
  /**
   * The self-check island (zod-free since the bundle cut, see lib/candidacy/check.ts). Measured 8.7,
   * then 10.1 with contract version 2 (the hair-loss warning-signs question, two rules, headings that
   * fit the findings, and resuming answers saved by the previous version). Turbopack does not always
   * chunk it the same way: a clean build after the static export measured 10.6, with the copy button
   * in a chunk of its own that /links shares. 11.5 since issue 17: every island now shares the link and button
   * looks (components/ui/classes.ts with clsx) and reads routes and section ids from lib/routes.ts.
   * Issue 15 moved its words out of the bundle (the page passes them, in its language, as props): 8.9.
   */
  '/self-check': 10,
  /** The aftercare planner. Measured 5.5; 6.1 since issue 17 (the shared looks and the route registry). */
  '/aftercare/planner': 6.5,
  /** The staff links page: copy buttons and QR codes. Measured 2.0; 3.0 since issue 17 (the shared looks, clsx and the route registry). */
  '/links': 3.5,
}

/**
 * The own budget of a route; undefined for a route that needs one added here. A page in another language
 * (/hi/self-check) runs the same code as the English one, so it has the same budget; so has the staff page
 * for another language's links (/links/hi).
 */
export function ownBudgetKb(route: string): number | undefined {
  const page = stripLocale(route).replace(/^\/links\/[a-z]+$/, '/links')
  if (page in toolBudgetsKb) return toolBudgetsKb[page]
  return page === '/' || page === '/404' || /^\/[a-z0-9-]+$/.test(page) ? documentOwnBudgetKb : undefined
}
