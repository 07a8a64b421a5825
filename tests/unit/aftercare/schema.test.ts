// The words an editor writes where the articles give no number of days (days-before, ongoing), and the
// mistakes with them that the content step refuses, naming the field.
import { describe, expect, it } from 'vitest'
import { aftercareScheduleSchema } from '@/lib/aftercare/schema'
import { schedule } from '@/tests/fixtures/aftercare'

const withItem = (item: Record<string, unknown>) => ({
  ...schedule,
  items: [
    {
      kind: 'avoid',
      firstDay: 0,
      lastDay: 0,
      title: 'Picking at flakes',
      explanation: 'Let them fall off on their own.',
      readMore: '/aftercare#itching-and-flaking',
      ...item,
    },
  ],
})

const problemsOf = (data: unknown) =>
  aftercareScheduleSchema.safeParse(data).error?.issues.map((issue) => [issue.path.join('.'), issue.message]) ?? []

describe('the schedule schema: days the articles give no number for', () => {
  it.each([
    [{ firstDay: 'days-before', lastDay: -1 }],
    [{ firstDay: 'days-before', lastDay: 0 }],
    [{ firstDay: 0, lastDay: 'ongoing' }],
    [{ kind: 'do', firstDay: 3, lastDay: 'ongoing' }],
  ])('accepts %j', (days) => {
    expect(problemsOf(withItem(days))).toEqual([])
  })

  it.each([
    [{ lastDay: 'healed' }, 'items.0.lastDay', 'or ongoing'],
    [{ firstDay: 'before' }, 'items.0.firstDay', 'or days-before'],
    [{ firstDay: 'ongoing', lastDay: 'ongoing' }, 'items.0.firstDay', 'or days-before'],
    [{ firstDay: 'days-before', lastDay: 3 }, 'items.0.lastDay', 'must be 0 or earlier when firstDay is days-before'],
    [{ firstDay: 'days-before', lastDay: 'ongoing' }, 'items.0.lastDay', 'must be 0 or earlier'],
    [{ firstDay: -2, lastDay: 'ongoing' }, 'items.0.firstDay', 'must be 0 or later when lastDay is ongoing'],
    [{ kind: 'milestone', lastDay: 'ongoing' }, 'items.0.kind', 'a milestone has dates'],
    [{ lastDay: 'ongoing', allowedAgain: 'Picking' }, 'items.0.allowedAgain', 'an ongoing item has no day'],
  ])('refuses %j at %s', (days, field, message) => {
    const problems = problemsOf(withItem(days))
    expect(problems, JSON.stringify(problems)).toContainEqual([field, expect.stringContaining(message)])
  })
})
