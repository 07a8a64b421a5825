// components/planner/entry-view.ts: what the schedule shows of a plan entry.
import { describe, expect, it } from 'vitest'
import { entryView } from '@/components/planner/entry-view'
import { planFor } from '@/lib/aftercare/plan'
import { onlyAfterLabel } from '@/lib/aftercare/sessions'
import { schedule } from '@/tests/fixtures/aftercare'
import { scheduleForPage, titlesForPage } from '@/lib/aftercare/page-schedule'
import { english, hindi, hindiSchedule } from '@/tests/unit/aftercare/languages'

describe('entryView', () => {
  const entries = planFor(schedule)

  it('keeps the wording and link, and names the link after the heading it lands on', () => {
    const entry = entries.find((e) => e.readMore === '/procedure#on-the-day')!
    expect(entryView(entry, { '/procedure#on-the-day': 'On the day' }, english)).toEqual({
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
    for (const entry of limited)
      expect(entryView(entry, {}, english).onlyAfter).toBe(onlyAfterLabel(entry.onlyAfter!, english))
  })

  it('links to the section on the Hindi page, named by the Hindi heading, on a Hindi page schedule', () => {
    const hindiEntries = planFor(scheduleForPage(hindiSchedule, 'hi', 'latin'))
    const entry = hindiEntries.find((e) => e.readMore === '/hi/procedure#on-the-day')!
    const titles = titlesForPage({ '/procedure#on-the-day': 'सेशन वाले दिन' }, 'hi', 'latin')
    const view = entryView(entry, titles, hindi)
    expect(view.readMore).toBe('/hi/procedure#on-the-day')
    expect(view.readMoreTitle).toBe('सेशन वाले दिन')
    const limited = hindiEntries.find((e) => e.onlyAfter?.join() === '1,2')!
    expect(entryView(limited, {}, hindi).onlyAfter).toBe('सिर्फ़ आपके पहले या दूसरे सेशन के बाद')
  })
})
