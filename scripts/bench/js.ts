// `npm run bench:js`: first-load JavaScript per route of the static build in out/ (`npm run build` first;
// OUT_DIR picks another build folder), gzipped: Next's framework (runtime and React, shared by the
// tools), the inline scripts, the route's own scripts and the HTML, beside the budget the tests hold it to
// (scripts/bench/lib/js-budgets.ts). Documents carry no framework JavaScript.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { stripLocale } from '../../lib/i18n/locales'
import { textTable } from '../text-table'
import { kb, measureFirstLoadJs, notFoundRoute, outDir } from './lib/first-load-js'
import { ownBudgetKb, sharedBudgetKb } from './lib/js-budgets'

const { shared, sharedGzipBytes, routes } = measureFirstLoadJs()

const label = (route: string) =>
  stripLocale(route) === notFoundRoute ? `404 page${route === notFoundRoute ? '' : ` (${route})`}` : route
const rows = routes.map((route) => {
  const budget = ownBudgetKb(route.route)
  return [
    label(route.route),
    route.kind,
    kb(route.frameworkGzipBytes),
    kb(route.inlineGzipBytes),
    kb(route.ownGzipBytes),
    kb(route.totalGzipBytes),
    budget === undefined ? 'none' : budget.toFixed(1),
    kb(route.htmlGzipBytes),
  ]
})

console.log(`First-load JavaScript and HTML per route, KB gzipped (level 9; 1 KB = 1024 bytes)\n`)
console.log(
  textTable(['route', 'kind', 'framework', 'inline', 'own', 'total JS', 'own budget', 'HTML'], rows, [
    'left',
    'left',
    'right',
    'right',
    'right',
    'right',
    'right',
    'right',
  ]),
)
console.log(
  `\nFramework shared by every tool: ${shared.length} files, ${kb(sharedGzipBytes)} KB (budget ${sharedBudgetKb.toFixed(1)} KB)`,
)
for (const script of shared) console.log(`  ${script.file}  ${kb(script.gzipBytes)} KB (${kb(script.bytes)} KB raw)`)
const ownScripts = new Map<string, string[]>()
for (const { route, own } of routes) {
  for (const script of own) {
    const line = `${script.file}  ${kb(script.gzipBytes)} KB (${kb(script.bytes)} KB raw)`
    ownScripts.set(line, [...(ownScripts.get(line) ?? []), label(route)])
  }
}
for (const [line, owners] of ownScripts)
  console.log(`Own script of ${owners.length > 3 ? `${owners.length} routes` : owners.join(', ')}:\n  ${line}`)

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
