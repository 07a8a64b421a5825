// "Add to calendar": makes the .ics file in the browser and downloads it. The `ics` package and the
// code that writes the events are loaded only on click, so they are not part of the page's first download.
import { useState, type ReactNode } from 'react'
import type { CalendarContext } from '@/lib/aftercare/calendar-events'
import { say, type PlannerLanguage } from '@/lib/aftercare/language'
import { calendarEventCount, type PlanEntry } from '@/lib/aftercare/plan'
import type { SessionKind } from '@/lib/aftercare/types'
import type { CalendarDate } from '@/lib/dates'
import { buttonClass } from '@/components/ui/classes'

type Props = {
  entries: PlanEntry[]
  sessionDate: CalendarDate
  session: SessionKind
  context: CalendarContext
  language: PlannerLanguage
  /** Other actions to show in the same row, before the explanation. */
  beside?: ReactNode
}

export function CalendarButton({ entries, sessionDate, session, context, language, beside }: Props) {
  const [status, setStatus] = useState('')
  const [busy, setBusy] = useState(false)
  const { words } = language
  const count = calendarEventCount(entries)
  const failed = (message: string) => `${message} ${words.printInstead}`

  async function download() {
    setBusy(true)
    setStatus('')
    try {
      const { calendarFile, calendarMimeType } = await import('@/lib/aftercare/ics')
      const result = calendarFile(entries, sessionDate, session, context, language)
      if (!result.ok) {
        setStatus(failed(result.reason === 'empty' ? words.calendarEmpty : words.calendarFailed))
        return
      }
      const url = URL.createObjectURL(new Blob([result.text], { type: calendarMimeType }))
      const link = document.createElement('a')
      link.href = url
      link.download = words.calendarFileName
      document.body.append(link)
      link.click()
      link.remove()
      // Some browsers read the file after click() returns: give them time before letting it go.
      setTimeout(() => URL.revokeObjectURL(url), 60_000)
      setStatus(say(language, words.calendarDownloaded, { file: words.calendarFileName, count }))
    } catch {
      setStatus(failed(words.calendarFailed))
    } finally {
      setBusy(false)
    }
  }

  return (
    <div>
      <div className="flex flex-wrap gap-3">
        <button
          type="button"
          onClick={download}
          disabled={busy}
          aria-describedby="calendar-hint"
          className={buttonClass({ variant: 'primary', size: 'large' }, 'disabled:opacity-70')}
        >
          {words.addToCalendar}
        </button>
        {beside}
      </div>
      <p id="calendar-hint" className="mt-2 max-w-lg text-sm text-muted">
        {say(language, words.calendarHint, { count })}
      </p>
      <p role="status" className="mt-2 font-semibold">
        {status}
      </p>
    </div>
  )
}
