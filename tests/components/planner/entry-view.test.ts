// components/planner/entry-view.ts: what the schedule shows of a plan entry.
import { describe, expect, it } from 'vitest'
import { entryView } from '@/components/planner/entry-view'
import { planFor } from '@/lib/aftercare/plan'
import { onlyAfterLabel } from '@/lib/aftercare/sessions'
import { schedule } from '@/tests/fixtures/aftercare'

describe('entryView', () => {
  const entries = planFor(schedule)

  it('keeps the wording and link, and names the link after the heading it lands on', () => {
    const entry = entries.find((e) => e.readMore === '/procedure#on-the-day')!
    expect(entryView(entry, { '/procedure#on-the-day': 'On the day' })).toEqual({
      key: entry.key,
      kind: entry.kind,
      title: entry.title,
      explanation: entry.explanation,
      readMore: '/procedure#on-the-day',
      readMoreTitle: 'On the day',
      onlyAfter: undefined,
    })
  })

  it('says which sessions an entry is only for, when the plan covers every session', () => {
    const limited = entries.filter((e) => e.onlyAfter)
    expect(limited.length).toBeGreaterThan(0)
    for (const entry of limited) expect(entryView(entry, {}).onlyAfter).toBe(onlyAfterLabel(entry.onlyAfter!))
  })
})
