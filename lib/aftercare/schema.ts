// Rules for content/aftercare-schedule.yaml, checked in the content step (lib/content/validate.ts)
// so that a bad edit stops the build with the file and the field, e.g. "items[3].lastDay".
// Whether each readMore section exists is checked there too, against the articles' headings.
import { z } from 'zod'
import { daysBefore, itemKinds, ongoing, sessionKinds, type AftercareSchedule } from './types'

/** How far from the session an item may be: two weeks before to about three months after. */
export const dayRange = { earliest: -14, latest: 90 } as const

/** A type error that says "is missing" when the field is not there at all. */
const orMissing = (message: string) => (issue: { input?: unknown }) =>
  issue.input === undefined ? `is missing: it ${message}` : message

const dayRule = 'a whole number of days: 0 is the session day, 1 the day after, -3 three days before'

const day = z
  .int({ error: orMissing(`must be ${dayRule}`) })
  .min(dayRange.earliest, { error: `must be ${dayRange.earliest} or later (two weeks before the session)` })
  .max(dayRange.latest, { error: `must be ${dayRange.latest} or earlier (about three months after the session)` })

// A day, or the word an editor writes where the articles give no number of days.
const dayOr = <W extends string>(word: W, meaning: string) =>
  z.union([z.literal(word), day], {
    error: orMissing(`must be ${dayRule}; or ${word} (${meaning})`),
  })

const firstDay = dayOr(daysBefore, '"in the days before your session", when the article gives no number of days')
const lastDay = dayOr(ongoing, 'care that lasts until the practitioner says the scalp has healed')

const text = (min: number, max: number, example: string) =>
  z
    .string({ error: orMissing(`must be text, e.g. "${example}"`) })
    .trim()
    .min(min, { error: `must be at least ${min} characters` })
    .max(max, { error: (issue) => `must be at most ${max} characters (it has ${String(issue.input).trim().length})` })

// Where the planner sends a patient for the detail: a section of a page on this site.
const readMore = z
  .string({ error: orMissing('must be a section of an article, written like /aftercare#washing-your-scalp') })
  .regex(/^\/[a-z0-9-]+#[a-z0-9-]+$/, {
    error: 'must be a section of an article, written like /aftercare#washing-your-scalp',
  })

// YAML reads `sessions: [1, touch-up]` as a number and a string.
const session = z.preprocess(
  (value) => (typeof value === 'number' ? String(value) : value),
  z.enum(sessionKinds, { error: 'must be 1, 2, 3 or touch-up' }),
)

const item = z
  .strictObject({
    kind: z.enum(itemKinds, { error: orMissing(`must be one of: ${itemKinds.join(', ')}`) }),
    firstDay,
    lastDay,
    title: text(3, 60, 'First gentle wash'),
    explanation: text(20, 280, 'Wash your scalp gently with cool water.'),
    readMore,
    allowedAgain: text(3, 50, 'Swimming, saunas and steam rooms').optional(),
    sessions: z
      .array(session, { error: 'must be a list such as [1, 2] or [3, touch-up]' })
      .min(1, { error: 'must name at least one session, or be left out for every session' })
      .refine((list) => new Set(list).size === list.length, { error: 'names a session twice' })
      .optional(),
  })
  .refine((it) => typeof it.firstDay !== 'number' || typeof it.lastDay !== 'number' || it.lastDay >= it.firstDay, {
    path: ['lastDay'],
    error: 'must be the same as firstDay or later',
  })
  .refine((it) => it.firstDay !== daysBefore || (typeof it.lastDay === 'number' && it.lastDay <= 0), {
    path: ['lastDay'],
    error: `must be 0 or earlier when firstDay is ${daysBefore}: "the days before" end by the session day`,
  })
  .refine((it) => it.lastDay !== ongoing || (typeof it.firstDay === 'number' && it.firstDay >= 0), {
    path: ['firstDay'],
    error: `must be 0 or later when lastDay is ${ongoing}: healing starts at the session`,
  })
  .refine((it) => it.kind !== 'milestone' || (typeof it.firstDay === 'number' && typeof it.lastDay === 'number'), {
    path: ['kind'],
    error: `a milestone has dates: only a do or avoid item can use ${daysBefore} or ${ongoing}`,
  })
  .refine((it) => it.allowedAgain === undefined || it.kind === 'avoid', {
    path: ['allowedAgain'],
    error: 'only an "avoid" item can say what is allowed again',
  })
  .refine((it) => it.allowedAgain === undefined || it.lastDay !== ongoing, {
    path: ['allowedAgain'],
    error: `an ${ongoing} item has no day it is allowed again: leave allowedAgain out`,
  })

const nextSessionText = z.strictObject({
  title: text(3, 60, 'Your second session'),
  explanation: text(20, 280, 'The next session is usually about 4 weeks after this one.'),
})

export const aftercareScheduleSchema = z
  .strictObject({
    nextSession: z.strictObject({
      afterWeeks: z
        .int({ error: 'must be a whole number of weeks, e.g. 4' })
        .min(1, { error: 'must be 1 or more' })
        .max(12, { error: 'must be 12 or fewer' }),
      afterSession1: nextSessionText,
      afterSession2: nextSessionText,
      readMore,
    }),
    items: z.array(item, { error: 'must be a list of items' }).min(1, { error: 'needs at least one item' }),
  })
  .superRefine((schedule, ctx) => {
    // Titles name the calendar events (and their ids), so each may be used once; the same for allowedAgain.
    for (const field of ['title', 'allowedAgain'] as const) {
      const seen = new Map<string, number>()
      schedule.items.forEach((it, index) => {
        const value = it[field]?.toLowerCase()
        if (value === undefined) return
        const first = seen.get(value)
        if (first === undefined) seen.set(value, index)
        else
          ctx.addIssue({
            code: 'custom',
            path: ['items', index, field],
            message: `"${it[field]}" is also used by items[${first}]`,
          })
      })
    }
  }) satisfies z.ZodType<AftercareSchedule>

/** " (the item “First gentle wash”)" for a problem inside an item, so an editor finds it without counting. */
export function itemHint(data: unknown, path: readonly PropertyKey[]): string {
  if (path[0] !== 'items' || typeof path[1] !== 'number') return ''
  const items = (data as { items?: unknown } | null)?.items
  const title = Array.isArray(items) ? (items[path[1]] as { title?: unknown } | undefined)?.title : undefined
  return typeof title === 'string' && title.trim() ? ` (the item “${title.trim()}”)` : ''
}
