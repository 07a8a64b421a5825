// `npm run bench:lighthouse`: Lighthouse on every page of the static build in out/ (`npm run build` first),
// served as `npm start` serves it, the 404 page included, as a phone on simulated slow 4G,
// three runs each; prints the median of each score and of LCP, TBT and CLS. RUNS=n changes the count.
//
// BEFORE=<path of another checkout with its own static build in out/> measures that build too, in the same
// run, and prints both side by side ("old → new"). The runs alternate between the two servers page by page,
// so both see the same machine: on a busy machine the absolute figures move, the comparison holds better.
// PAGES=/,/aftercare,... measures only those addresses ("404" for the 404 page), for a quicker run.
// Performance depends on the machine and on whatever else runs on it: measure when it is quiet. Hindi pages: a
// phone that reads Hindi has a Devanagari font of its own; give this machine one too (`apt-get install
// fonts-noto-core`), or Chromium downloads the site's copy and every Hindi page shifts as it arrives (BENCHMARKS.md).
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { startStaticServer } from '../static/lib/static-server'
import { textTable } from '../text-table'
import { stripLocale } from '../../lib/i18n/locales'
import { notFoundRoute, outDir, prerenderedPages } from './lib/first-load-js'
import {
  categories,
  launchChromeForLighthouse,
  medianSummary,
  runLighthouse,
  type LighthouseSummary,
} from './lib/lighthouse-run'

const runs = Number(process.env.RUNS ?? 3)
const before = process.env.BEFORE
const notFoundPath = '/no-such-page'
// The build's pages are the site's pages (tests/browser/js-budget.test.ts checks none is missing).
const pagesOf = (dir: string) => prerenderedPages(dir).filter((route) => stripLocale(route) !== notFoundRoute)
const pages = pagesOf(outDir())
if (before && !existsSync(join(before, 'out', 'index.html')))
  throw new Error(`${before} has no static build: run \`npm run build\` there first`)
const only = process.env.PAGES?.split(',').map((page) => (page === '404' ? notFoundPath : page))
const paths = [...new Set([...pages, ...(before ? pagesOf(join(before, 'out')) : [])])].sort()
paths.push(notFoundPath)
if (only) paths.splice(0, paths.length, ...paths.filter((path) => only.includes(path)))

const servers = [{ name: 'new', server: await startStaticServer({ dir: outDir() }) }]
if (before) servers.unshift({ name: 'old', server: await startStaticServer({ dir: join(before, 'out') }) })
const chrome = await launchChromeForLighthouse()
type Result = { path: string; summaries: Record<string, LighthouseSummary | undefined> }
const results: Result[] = []
try {
  for (const path of paths) {
    const collected: Record<string, LighthouseSummary[]> = Object.fromEntries(servers.map(({ name }) => [name, []]))
    for (let run = 0; run < runs; run++) {
      for (const { name, server } of servers) {
        collected[name]!.push(
          await runLighthouse(`${server.baseUrl}${path}`, chrome.port, { expectError: path === notFoundPath }),
        )
      }
    }
    const summaries = Object.fromEntries(servers.map(({ name }) => [name, medianSummary(collected[name]!)]))
    results.push({ path, summaries })
    console.error(
      `${path}: ${servers.map(({ name }) => `${name} ${categories.map((category) => summaries[name]!.scores[category]).join(' / ')}`).join(', ')}`,
    )
  }
} finally {
  await chrome.close()
  for (const { server } of servers) await server.stop()
}

const figures = (summary: LighthouseSummary) => [
  ...categories.map((category) => String(summary.scores[category])),
  `${(summary.lcpMs / 1000).toFixed(2)} s`,
  `${Math.round(summary.tbtMs)} ms`,
  summary.cls.toFixed(3),
]
const rows = results.map(({ path, summaries }) => {
  const columns = servers.map(({ name }) => figures(summaries[name]!))
  const cells = columns[0]!.map((_, index) => columns.map((column) => column[index]).join(' → '))
  return [path === notFoundPath ? '404 page' : path, ...cells]
})
console.log(
  `\nLighthouse ${runs > 1 ? `(median of ${runs} runs)` : ''}: mobile, simulated slow 4G and 4x slower CPU${before ? `; old (${before}) → new` : ''}\n`,
)
console.log(
  textTable(['route', 'performance', 'accessibility', 'best practices', 'SEO', 'LCP', 'TBT', 'CLS'], rows, [
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
for (const { name } of servers) {
  const failing = results.filter(({ summaries }) => summaries[name]!.failing.length > 0)
  if (failing.length === 0) continue
  console.log(`\nAudits that did not fully pass (in any run)${before ? `, ${name}` : ''}:`)
  for (const { path, summaries } of failing) console.log(`  ${path}: ${summaries[name]!.failing.join(', ')}`)
}
