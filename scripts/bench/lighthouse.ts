// `npm run bench:lighthouse`: Lighthouse on every page the production build prerendered (`npm run build`
// first; NEXT_DIST_DIR picks another build folder), the 404 page included, as a phone on simulated slow 4G,
// three runs each; prints the median of each score and of LCP, TBT and CLS. RUNS=n changes the count.
// Performance depends on the machine and on whatever else runs on it: measure when it is quiet.
import { startNext } from '../../tests/browser/support/server'
import { textTable } from '../text-table'
import { notFoundRoute, prerenderedPages } from './lib/first-load-js'
import { categories, launchChromeForLighthouse, medianSummary, runLighthouse, type LighthouseSummary } from './lib/lighthouse-run'

const runs = Number(process.env.RUNS ?? 3)
const notFoundPath = '/no-such-page'
// The build's pages are the site's pages (tests/browser/js-budget.test.ts checks none is missing).
const pages = prerenderedPages()
const paths = [...pages.filter((route) => route !== notFoundRoute), notFoundPath]

const server = await startNext()
const chrome = await launchChromeForLighthouse()
const results: { path: string; summary: LighthouseSummary }[] = []
try {
  for (const path of paths) {
    const summaries: LighthouseSummary[] = []
    for (let run = 0; run < runs; run++) {
      summaries.push(await runLighthouse(`${server.baseUrl}${path}`, chrome.port, { expectError: path === notFoundPath }))
    }
    const summary = medianSummary(summaries)
    results.push({ path, summary })
    console.error(`${path}: ${categories.map((category) => summary.scores[category]).join(' / ')}`)
  }
} finally {
  await chrome.close()
  await server.stop()
}

const rows = results.map(({ path, summary }) => [
  path === notFoundPath ? '404 page' : path,
  ...categories.map((category) => String(summary.scores[category])),
  `${(summary.lcpMs / 1000).toFixed(2)} s`,
  `${Math.round(summary.tbtMs)} ms`,
  summary.cls.toFixed(3),
])
console.log(`\nLighthouse ${runs > 1 ? `(median of ${runs} runs)` : ''}: mobile, simulated slow 4G and 4x slower CPU\n`)
console.log(
  textTable(['route', 'performance', 'accessibility', 'best practices', 'SEO', 'LCP', 'TBT', 'CLS'], rows, [
    'left', 'right', 'right', 'right', 'right', 'right', 'right', 'right',
  ]),
)
const failing = results.filter(({ summary }) => summary.failing.length > 0)
if (failing.length > 0) {
  console.log('\nAudits that did not fully pass (in any run):')
  for (const { path, summary } of failing) console.log(`  ${path}: ${summary.failing.join(', ')}`)
}
