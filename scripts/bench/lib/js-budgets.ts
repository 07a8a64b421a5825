// Budgets for first-load JavaScript (KB gzipped, 1 KB = 1024 bytes): all the JavaScript a page loads before it
// can respond, framework included, set just above what `npm run bench:js` measured (BENCHMARKS.md,
// "JavaScript"), so that a heavy dependency cannot slip in unnoticed: tests/site/js-budget.test.ts fails when a
// route goes over. Raise a budget only on purpose, and say why in the same change.
import { enhancementBudgetBytes } from '../../../lib/enhance/bundle'
import { stripLocale } from '../../../lib/i18n/locales'
import { staticRoutes } from '../../../lib/routes'
import { searchScriptBudgetBytes } from '../../../lib/search/bundle'

/**
 * Documents (home, every article, the FAQ, the 404 page) load no framework and one small script: the
 * enhancements (enhance/: share menus, copy buttons, section links, the FAQ search and deep links). They read
 * in full without it. Measured 2.1; the ceiling for all documents together is 4 KB (issue 13). Measured 2.3 before
 * and 2.7 after issue 26: the feedback link at the end of every page names the section the reader is at
 * (enhance/feedback.ts, 0.4).
 */
export const documentBudgetKb = 3
if (documentBudgetKb * 1024 > enhancementBudgetBytes) throw new Error("The documents' budget is over the 4 KB ceiling")

/**
 * The search page (/search, /hi/search; issue 25) is a document with a second script, loaded there only: searching
 * (enhance/search/: MiniSearch 7, the English and Hindi stemmers, the page's code; its budget is in
 * lib/search/bundle.ts, which the content step holds it to). Measured 2.3 + 9.9. The index the page fetches is data,
 * not script: `npm run bench:js` reports it below the table.
 */
export const searchPageBudgetKb = documentBudgetKb + searchScriptBudgetBytes / 1024

/**
 * A tool: the enhancements and its island (islands/<name>.tsx with React's production build, bundled by
 * scripts/enhance/build.ts), which is most of it: react-dom alone is about 58 KB. Until issue 24 each tool
 * carried Next's App Router runtime as well (137 KB shared, plus 3 to 10 KB of its own).
 */
const toolBudgetsKb: Record<string, number> = {
  /** The self-check: its flow, the rules and the result (zod-free, lib/candidacy/check.ts). Measured 79.5. */
  '/self-check': 82,
  /** The aftercare planner: dates, the saved choice and the plan (the calendar file loads on demand). Measured 77.5. */
  '/aftercare/planner': 80,
  /** The staff links pages' message builder (the checkboxes and copy buttons are plain HTML). Measured 73.8. */
  '/links': 76,
}

/**
 * The budget of a route; undefined for a route that needs one added here. A page in another language
 * (/hi/self-check) runs the same code as the English one, so it has the same budget; so has the staff page
 * for another language's links (/links/hi).
 */
export function budgetKb(route: string): number | undefined {
  const page = stripLocale(route).replace(/^\/links\/[a-z]+$/, '/links')
  if (page in toolBudgetsKb) return toolBudgetsKb[page]
  if (page === staticRoutes.search) return searchPageBudgetKb
  return page === '/' || page === '/404' || /^\/[a-z0-9-]+$/.test(page) ? documentBudgetKb : undefined
}
