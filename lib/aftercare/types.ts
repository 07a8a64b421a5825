// The aftercare schedule as the planner uses it (content/aftercare-schedule.yaml, once checked by
// schema.ts). Plain types with no zod, so the planner's browser code can import them freely.

/** Which session the plan is for. */
export const sessionKinds = ['1', '2', '3', 'touch-up'] as const
export type SessionKind = (typeof sessionKinds)[number]

export const itemKinds = ['do', 'avoid', 'milestone'] as const
export type ItemKind = (typeof itemKinds)[number]

/**
 * A first day the articles give no number for: "in the days before your session", up to its lastDay.
 * The planner shows it as a span before the session, never as one day.
 */
export const daysBefore = 'days-before'
/**
 * A last day the articles give no number for: care that lasts while the scalp heals ("in the weeks after your
 * session, until your practitioner says your scalp has healed"). The planner never shows it as done.
 */
export const ongoing = 'ongoing'

/** Days from the session: 0 is the session day, -3 is three days before; or "in the days before". */
export type FirstDay = number | typeof daysBefore
/** Days from the session, or "ongoing" (until the practitioner says the scalp has healed). */
export type LastDay = number | typeof ongoing

export type ScheduleItem = {
  kind: ItemKind
  firstDay: FirstDay
  lastDay: LastDay
  title: string
  explanation: string
  /**
   * The article section that explains it, e.g. "/aftercare#washing-your-scalp" (on a Hindi planner page,
   * "/hi/aftercare#washing-your-scalp": lib/aftercare/page-schedule.ts).
   */
  readMore: string
  /** For "avoid" items: what is usually OK again the day after lastDay, e.g. "Swimming, saunas and steam rooms". */
  allowedAgain?: string
  /** Only after these sessions; every session when left out. */
  sessions?: SessionKind[]
}

export type NextSessionText = { title: string; explanation: string }

export type NextSessionSetting = {
  /** The usual gap between sessions, in weeks. */
  afterWeeks: number
  afterSession1: NextSessionText
  afterSession2: NextSessionText
  readMore: string
}

export type AftercareSchedule = { nextSession: NextSessionSetting; items: ScheduleItem[] }
