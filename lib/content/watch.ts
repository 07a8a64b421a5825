// `npm run dev`: the check reruns after each time `contentlayer2 dev` regenerates, so that a
// problem prints in the terminal and (through .content/, see lib/content/index.ts) in the browser.
import { watch as fsWatch } from 'node:fs'
import { checkContent } from './check'
import { formatProblem, type CheckedContent } from './model'
import type { ContentSources } from './validate'

type Watch = (dir: string, options: { recursive: boolean }, listener: () => void) => { close(): void }

/**
 * Calls `run` once Contentlayer has finished writing: it writes a file per document and then the
 * indexes, so a burst of changes waits until `delayMs` have passed without one. Returns a stop function.
 */
export function onSettledChanges(
  dir: string,
  run: () => void,
  { delayMs = 300, watch = fsWatch as Watch } = {},
): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined
  const watcher = watch(dir, { recursive: true }, () => {
    clearTimeout(timer)
    timer = setTimeout(run, delayMs)
  })
  return () => {
    clearTimeout(timer)
    watcher.close()
  }
}

/** One rerun: the preview includes drafts; the lines say what to fix, or that all is well. */
export function devCheck(
  read: () => ContentSources,
  write: (checked: CheckedContent) => void,
  options: { publicDir?: string } = {},
): { checked: CheckedContent; lines: string[] } {
  const checked = checkContent(read(), { includeDrafts: true, ...options })
  write(checked)
  const warnings = (checked.warnings ?? []).map((warning) => `  ⚠ ${formatProblem(warning)}`)
  const lines = checked.content
    ? [
        `Content check passed: ${checked.content.articles.length} articles (drafts included), ${checked.content.faqs.length} FAQ answers.`,
        ...warnings,
      ]
    : [
        `Content check failed: ${checked.problems.length} problem(s) to fix:`,
        ...checked.problems.map((problem) => `  ✗ ${formatProblem(problem)}`),
      ]
  return { checked, lines }
}
