// What changes with the session the plan is for: the session after it, and the wording.
import type { NextSessionSetting, NextSessionText, SessionKind } from './types'

export const sessionLabels: Record<SessionKind, string> = {
  '1': 'First session',
  '2': 'Second session',
  '3': 'Third session',
  'touch-up': 'Touch-up session',
}

/** "your first session", for running text. */
export const sessionPhrase = (session: SessionKind) => `your ${sessionLabels[session].toLowerCase()}`

/** "Only after your first or second session", for items that apply to some sessions. */
export function onlyAfterLabel(sessions: readonly SessionKind[]): string {
  const names = sessions.map((session) => sessionLabels[session].replace(/ session$/, '').toLowerCase())
  const list = names.length > 1 ? `${names.slice(0, -1).join(', ')} or ${names.at(-1)}` : names[0]
  return `Only after your ${list} session`
}

/** The usual next session: after a first or second session there is usually another; after a third or a touch-up, none is planned. */
export function nextSessionAfter(
  session: SessionKind,
  setting: NextSessionSetting,
): { text: NextSessionText; day: number } | undefined {
  const day = setting.afterWeeks * 7
  if (session === '1') return { text: setting.afterSession1, day }
  if (session === '2') return { text: setting.afterSession2, day }
  return undefined
}

export const isSessionKind = (value: unknown): value is SessionKind =>
  value === '1' || value === '2' || value === '3' || value === 'touch-up'
