// `npm run bench:js`: first-load JavaScript per route of the static build in out/ (`npm run build` first;
// OUT_DIR picks another build folder), gzipped: the enhancements every page loads (and the search page's own
// script), a tool's island (its entry and the modules it preloads, React included), Next's runtime and inline
// scripts (both should be none), and the HTML, beside the budget the tests hold each route to
// (scripts/bench/lib/js-budgets.ts); then the data a page fetches as it loads (the search index).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { stripLocale } from '../../lib/i18n/locales'
import { textTable } from '../text-table'
import { kb, measureFirstLoadJs, notFoundRoute, outDir, type Script } from './lib/first-load-js'
import { budgetKb } from './lib/js-budgets'

const { shared, sharedGzipBytes, routes } = measureFirstLoadJs()

const label = (route: string) =>
  stripLocale(route) === notFoundRoute ? `404 page${route === notFoundRoute ? '' : ` (${route})`}` : route
const sum = (scripts: Script[]) => scripts.reduce((total, script) => total + script.gzipBytes, 0)
const rows = routes.map((route) => {
  const budget = budgetKb(route.route)
  return [
    label(route.route),
    route.kind,
    kb(sum(route.enhancements)),
    kb(route.islandGzipBytes),
    kb(route.frameworkGzipBytes),
    kb(route.inlineGzipBytes),
    kb(route.totalGzipBytes),
    budget === undefined ? 'none' : budget.toFixed(1),
    kb(route.htmlGzipBytes),
  ]
})

console.log(`First-load JavaScript and HTML per route, KB gzipped (level 9; 1 KB = 1024 bytes)\n`)
console.log(
  textTable(['route', 'kind', 'enhance', 'island', 'Next runtime', 'inline', 'total JS', 'budget', 'HTML'], rows, [
    'left',
    'left',
    'right',
    'right',
    'right',
    'right',
    'right',
    'right',
    'right',
  ]),
)
console.log(`\nIsland modules every tool loads (React and what the islands share): ${kb(sharedGzipBytes)} KB`)
for (const script of shared) console.log(`  ${script.file}  ${kb(script.gzipBytes)} KB (${kb(script.bytes)} KB raw)`)
const files = new Map<string, string[]>()
for (const { route, island, enhancements } of routes) {
  for (const script of [...enhancements, ...island.filter((file) => !shared.includes(file))]) {
    const line = `${script.file}  ${kb(script.gzipBytes)} KB (${kb(script.bytes)} KB raw)`
    files.set(line, [...(files.get(line) ?? []), label(route)])
  }
}
for (const [line, owners] of files)
  console.log(`Loaded by ${owners.length > 3 ? `${owners.length} routes` : owners.join(', ')}:\n  ${line}`)

// Data a page fetches as it loads (`<link rel="preload" as="fetch">`): the search page's index (issue 25), not script.
for (const { route, file } of routes) {
  const html = readFileSync(file, 'utf8')
  for (const [tag] of html.matchAll(/<link\b[^>]*\bas="fetch"[^>]*>/g)) {
    const href = /\bhref="([^"]+)"/.exec(tag)?.[1]
    if (!href) continue
    const content = readFileSync(join(outDir(), href))
    const gzipBytes = gzipSync(content, { level: 9 }).length
    console.log(`Data of ${route}:\n  ${href}  ${kb(gzipBytes)} KB (${kb(content.length)} KB raw)`)
  }
}
