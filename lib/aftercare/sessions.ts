// What changes with the session the plan is for: the session after it, and the wording.
import type { PlannerLanguage } from './language'
import type { NextSessionSetting, NextSessionText, SessionKind } from './types'

/** "Only after your first or second session", for items that apply to some sessions. */
export function onlyAfterLabel(sessions: readonly SessionKind[], { words }: Pick<PlannerLanguage, 'words'>): string {
  const names = sessions.map((session) => words.sessionShortNames[session])
  const list =
    names.length > 1 ? `${names.slice(0, -1).join(words.listComma)}${words.listOr}${names.at(-1)}` : (names[0] ?? '')
  return words.onlyAfter.replace('{sessions}', list)
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
