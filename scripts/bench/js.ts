// `npm run bench:js`: first-load JavaScript per route of the production build (`npm run build` first;
// NEXT_DIST_DIR picks another build folder), gzipped, split into the part every page shares and the
// route's own, beside the budget the tests hold it to (scripts/bench/lib/js-budgets.ts).
import { textTable } from '../text-table'
import { kb, measureFirstLoadJs, notFoundRoute } from './lib/first-load-js'
import { ownBudgetKb, sharedBudgetKb } from './lib/js-budgets'

const { shared, sharedGzipBytes, routes } = measureFirstLoadJs()

const label = (route: string) => (route === notFoundRoute ? '404 page' : route)
const rows = routes.map(({ route, totalGzipBytes, ownGzipBytes }) => {
  const budget = ownBudgetKb(route)
  return [label(route), kb(totalGzipBytes), kb(sharedGzipBytes), kb(ownGzipBytes), budget === undefined ? 'none' : budget.toFixed(1)]
})

console.log(`First-load JavaScript per route, KB gzipped (level 9; 1 KB = 1024 bytes)\n`)
console.log(textTable(['route', 'total', 'shared', 'own', 'own budget'], rows, ['left', 'right', 'right', 'right', 'right']))
console.log(`\nShared by every page: ${shared.length} files, ${kb(sharedGzipBytes)} KB (budget ${sharedBudgetKb.toFixed(1)} KB)`)
for (const script of shared) console.log(`  ${script.file}  ${kb(script.gzipBytes)} KB (${kb(script.bytes)} KB raw)`)
for (const { route, own } of routes.filter((r) => r.own.length > 0)) {
  console.log(`Own scripts of ${label(route)}:`)
  for (const script of own) console.log(`  ${script.file}  ${kb(script.gzipBytes)} KB (${kb(script.bytes)} KB raw)`)
}
