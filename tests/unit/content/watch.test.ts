import { afterEach, describe, expect, it, vi } from 'vitest'
import type { CheckedContent } from '@/lib/content/model'
import { devCheck, onSettledChanges } from '@/lib/content/watch'
import { loadSources } from '@/tests/support/content'

/** A stand-in for fs.watch: `fire()` is one file event. */
function fakeWatch() {
  const state = { listener: () => {}, closed: false, dir: '', recursive: false }
  const watch = (dir: string, options: { recursive: boolean }, listener: () => void) => {
    Object.assign(state, { dir, recursive: options.recursive, listener })
    return { close: () => void (state.closed = true) }
  }
  return { watch, state, fire: () => state.listener() }
}

describe('onSettledChanges', () => {
  afterEach(() => void vi.useRealTimers())

  it('runs once after a burst of changes has settled, not once per file', () => {
    vi.useFakeTimers()
    const fake = fakeWatch()
    const run = vi.fn()
    onSettledChanges('/generated', run, { delayMs: 300, watch: fake.watch })
    expect(fake.state).toMatchObject({ dir: '/generated', recursive: true })
    fake.fire()
    vi.advanceTimersByTime(200)
    fake.fire()
    fake.fire()
    vi.advanceTimersByTime(299)
    expect(run).not.toHaveBeenCalled()
    vi.advanceTimersByTime(1)
    expect(run).toHaveBeenCalledTimes(1)
    fake.fire()
    vi.advanceTimersByTime(300)
    expect(run).toHaveBeenCalledTimes(2)
  })

  it('stops watching, and drops a pending run, when stopped', () => {
    vi.useFakeTimers()
    const fake = fakeWatch()
    const run = vi.fn()
    const stop = onSettledChanges('/generated', run, { watch: fake.watch })
    fake.fire()
    stop()
    vi.advanceTimersByTime(1000)
    expect(run).not.toHaveBeenCalled()
    expect(fake.state.closed).toBe(true)
  })
})

describe('devCheck', () => {
  it('writes the preview with drafts, and says the check passed', () => {
    const written: CheckedContent[] = []
    const { checked, lines } = devCheck(
      () => loadSources(),
      (c) => written.push(c),
    )
    expect(written).toEqual([checked])
    expect(checked.includeDrafts).toBe(true)
    expect(checked.problems).toEqual([])
    expect(lines).toEqual([expect.stringMatching(/^Content check passed: \d+ articles \(drafts included\)/)])
  })

  it('writes the problems for the browser, and lists them for the terminal', () => {
    const written: CheckedContent[] = []
    const { checked, lines } = devCheck(
      () => loadSources('article-broken-links'),
      (c) => written.push(c),
    )
    expect(written).toEqual([checked])
    expect(checked.content).toBeUndefined()
    expect(checked.problems.length).toBeGreaterThan(0)
    expect(lines[0]).toBe(`Content check failed: ${checked.problems.length} problem(s) to fix:`)
    expect(lines[1]).toMatch(/^ {2}✗ content\//)
  })
})
