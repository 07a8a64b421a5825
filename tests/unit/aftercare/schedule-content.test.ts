// The real content/aftercare-schedule.yaml, as the site publishes it.
import { describe, expect, it } from 'vitest'
import { getContent } from '@/lib/content'
import { allowedAgain, planFor, stageOf } from '@/lib/aftercare/plan'
import { readMoreFields, readMoreTitles } from '@/lib/aftercare/read-more'
import { sessionKinds } from '@/lib/aftercare/types'
import { articlePath } from '@/lib/routes'

const { aftercareSchedule: schedule, articles } = getContent()

describe('the published aftercare schedule', () => {
  it('names the heading every "read more" link lands on', () => {
    const titles = readMoreTitles(
      schedule,
      articles.map((a) => ({ path: articlePath(a.slug), headings: a.headings })),
    )
    for (const { href } of readMoreFields(schedule)) expect(titles[href], href).toMatch(/\w/)
  })

  it.each(sessionKinds)('has the session day as its one day-0 milestone, for session %s', (session) => {
    const plan = planFor(schedule, session)
    expect(plan.filter((e) => e.kind === 'milestone' && e.firstDay === 0)).toHaveLength(1)
    expect(plan.some((e) => stageOf(e) === 'before')).toBe(true)
    expect(plan.some((e) => typeof e.firstDay === 'number' && e.firstDay > 0)).toBe(true)
  })

  it('dates what is allowed again after the session, never before it', () => {
    const list = allowedAgain(planFor(schedule, '1'))
    expect(list.length).toBeGreaterThan(2)
    for (const item of list) expect(item.day, item.label).toBeGreaterThan(0)
  })

  it('has a next session after the first and second sessions only', () => {
    expect(planFor(schedule, '1').some((e) => e.key === 'next-session')).toBe(true)
    expect(planFor(schedule, '2').some((e) => e.key === 'next-session')).toBe(true)
    expect(planFor(schedule, '3').some((e) => e.key === 'next-session')).toBe(false)
    expect(planFor(schedule, 'touch-up').some((e) => e.key === 'next-session')).toBe(false)
  })
})

describe('the published Hindi schedule (getContent("hi"): the English one until content/hi/ is wired in)', () => {
  const hindi = getContent('hi')

  it('gives every plan entry and allowed-again date a unique ASCII key, for every session', () => {
    for (const session of [undefined, ...sessionKinds]) {
      const plan = planFor(hindi.aftercareSchedule, session)
      const keys = [...plan.map((e) => e.key), ...allowedAgain(plan).map((a) => a.key)]
      expect(new Set(keys).size, String(session)).toBe(keys.length)
      for (const key of keys) expect(key).toMatch(/^[a-z0-9-]+$/)
    }
  })

  it('names the heading every "read more" link lands on, from the Hindi articles', () => {
    const titles = readMoreTitles(
      hindi.aftercareSchedule,
      hindi.articles.map((a) => ({ path: articlePath(a.slug), headings: a.headings })),
    )
    for (const { href } of readMoreFields(hindi.aftercareSchedule)) expect(titles[href], href).toBeTruthy()
  })
})
