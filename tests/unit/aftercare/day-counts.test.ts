import { describe, expect, it } from 'vitest'
import { dayCountProblems, dayCountsIn, practitionerDecides } from '@/lib/aftercare/day-counts'
import type { AftercareSchedule, ScheduleItem } from '@/lib/aftercare/types'
import { compileTree } from '@/tests/support/content'

describe('dayCountsIn', () => {
  it.each([
    ['Avoid it for 7 to 10 days.', [7, 10]],
    ['On day 5, wash.', [5]],
    ['for the first few days to a week', [7]],
    ['over about 4 to 6 weeks', [4, 6, 28, 42]],
    ['about a month apart', [28]],
    ['two weeks', [14]],
    ['no numbers here', []],
  ])('%s → %j', (text, counts) => {
    expect([...dayCountsIn(text)].sort((a, b) => a - b)).toEqual(counts)
  })
})

const item = (overrides: Partial<ScheduleItem>): ScheduleItem => ({
  kind: 'avoid',
  firstDay: 0,
  lastDay: 10,
  title: 'Swimming',
  explanation: `Avoid swimming for 10 days, ${practitionerDecides}.`,
  readMore: '/aftercare#swimming',
  ...overrides,
})
const schedule = (items: ScheduleItem[]): AftercareSchedule => ({
  nextSession: {
    afterWeeks: 4,
    afterSession1: { title: 'a', explanation: 'b' },
    afterSession2: { title: 'c', explanation: 'd' },
    readMore: '/aftercare#sessions',
  },
  items,
})
const articles = [
  {
    path: '/aftercare',
    tree: compileTree(
      '## Swimming\n\nOne clinic says 7 to 10 days.\n\n### Saunas\n\nAvoid for a week.\n\n## Sessions\n\nAbout a month apart.\n',
    ),
  },
]
const file = 'content/aftercare-schedule.yaml'

describe('dayCountProblems', () => {
  it('passes an item whose numbers its section gives (an h2 section includes its h3s)', () => {
    expect(
      dayCountProblems(
        schedule([item({}), item({ lastDay: 7, title: 'Sauna', explanation: `A week, ${practitionerDecides}.` })]),
        file,
        articles,
      ),
    ).toEqual([])
  })

  it('names the item and the numbers its section does not give', () => {
    const problems = dayCountProblems(
      schedule([
        item({}),
        item({ lastDay: 14, explanation: `Avoid it for 14 days, ${practitionerDecides}.`, title: 'Sea' }),
      ]),
      file,
      articles,
    )
    expect(problems).toEqual([
      {
        file,
        field: 'items[1]',
        message: expect.stringContaining('gives 14 day(s), which /aftercare#swimming does not give (the item “Sea”)'),
      },
    ])
  })

  it('counts the item’s first and last day, not only its words', () => {
    const problems = dayCountProblems(
      schedule([item({ firstDay: 0, lastDay: 29, explanation: `Avoid the sun, ${practitionerDecides}.` })]),
      file,
      articles,
    )
    expect(problems.map((p) => p.message)).toEqual([expect.stringContaining('gives 29 day(s)')])
  })

  it('checks only the linked section: a number elsewhere on the page does not count', () => {
    const problems = dayCountProblems(schedule([item({ readMore: '/aftercare#saunas' })]), file, articles)
    expect(problems.map((p) => p.message)).toEqual([
      expect.stringContaining('gives 10 day(s), which /aftercare#saunas'),
    ])
  })

  it('asks advice items to leave the decision to the practitioner; milestones report', () => {
    const problems = dayCountProblems(
      schedule([
        item({ explanation: 'Avoid swimming for 10 days.' }),
        item({ kind: 'milestone', explanation: 'Day 10.' }),
      ]),
      file,
      articles,
    )
    expect(problems).toEqual([
      { file, field: 'items[0].explanation', message: expect.stringContaining(`must say "${practitionerDecides}"`) },
    ])
  })

  it('checks the gap between sessions against its section', () => {
    const wrong = { ...schedule([]), nextSession: { ...schedule([]).nextSession, afterWeeks: 6 } }
    expect(dayCountProblems(wrong, file, articles)).toEqual([
      { file, field: 'nextSession.afterWeeks', message: expect.stringContaining('6 weeks') },
    ])
  })
})
