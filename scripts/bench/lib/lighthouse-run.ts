// Lighthouse (its default: a phone on simulated slow 4G, with a slowed CPU) against a running server,
// in Debian's Chromium. Used by `npm run bench:lighthouse` and the Lighthouse gate test.
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { chromiumFlags, chromiumPath } from '../../lib/chromium'

export const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const
export type Category = (typeof categories)[number]

export type LighthouseSummary = {
  url: string
  /** 0 to 100, per category. */
  scores: Record<Category, number>
  lcpMs: number
  tbtMs: number
  cls: number
  /** Scored audits that did not pass fully, as "category: audit-id (score)", to say what to fix. */
  failing: string[]
}

export type LighthouseBrowser = { port: number; close: () => Promise<void> }

export async function launchChromeForLighthouse(): Promise<LighthouseBrowser> {
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath,
    chromeFlags: ['--headless=new', ...chromiumFlags],
  })
  return { port: chrome.port, close: async () => chrome.kill() }
}

/**
 * One Lighthouse run; `expectError` lets the 404 page be measured although it answers 404. A run
 * whose trace recording failed (it happens on a busy machine, e.g. NO_NAVSTART) is tried again.
 */
export async function runLighthouse(
  url: string,
  port: number,
  { expectError = false, attempts = 3 } = {},
): Promise<LighthouseSummary> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await runOnce(url, port, expectError)
    } catch (error) {
      if (attempt >= attempts) throw error
      console.error(`${(error as Error).message}: trying again`)
    }
  }
}

async function runOnce(url: string, port: number, expectError: boolean): Promise<LighthouseSummary> {
  const result = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: [...categories],
    ignoreStatusCode: expectError,
  })
  const lhr = result?.lhr
  if (!lhr) throw new Error(`Lighthouse returned no result for ${url}`)
  if (lhr.runtimeError)
    throw new Error(`Lighthouse failed on ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`)
  const score = (category: Category) => Math.round((lhr.categories[category]?.score ?? 0) * 100)
  const numeric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN
  const failing = categories.flatMap((category) =>
    (lhr.categories[category]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0)
      .map((ref) => ({ ref, audit: lhr.audits[ref.id] }))
      .filter(({ audit }) => audit && audit.score !== null && audit.score < 1)
      .map(({ ref, audit }) => `${category}: ${ref.id} (${audit!.score})`),
  )
  return {
    url,
    scores: {
      performance: score('performance'),
      accessibility: score('accessibility'),
      'best-practices': score('best-practices'),
      seo: score('seo'),
    },
    lcpMs: numeric('largest-contentful-paint'),
    tbtMs: numeric('total-blocking-time'),
    cls: numeric('cumulative-layout-shift'),
    failing,
  }
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

/** Each failing audit once, with its lowest score over the runs. */
function worstOf(failing: string[]): string[] {
  const worst = new Map<string, number>()
  for (const entry of failing) {
    const [, audit, score] = /^(.*) \((.*)\)$/.exec(entry)!
    worst.set(audit!, Math.min(worst.get(audit!) ?? 1, Number(score)))
  }
  return [...worst].map(([audit, score]) => `${audit} (${score})`)
}

/** The median of each figure over several runs of the same page (each figure on its own). */
export function medianSummary(runs: LighthouseSummary[]): LighthouseSummary {
  const of = (pick: (run: LighthouseSummary) => number) => median(runs.map(pick))
  return {
    url: runs[0]!.url,
    scores: Object.fromEntries(categories.map((category) => [category, of((run) => run.scores[category])])) as Record<
      Category,
      number
    >,
    lcpMs: of((run) => run.lcpMs),
    tbtMs: of((run) => run.tbtMs),
    cls: of((run) => run.cls),
    failing: worstOf(runs.flatMap((run) => run.failing)),
  }
}
