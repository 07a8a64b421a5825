'use client'
// "Add to calendar": makes the .ics file in the browser and downloads it. The `ics` package is
// loaded only on click, so it is not part of the page's first download.
import { useState, type ReactNode } from 'react'
import { calendarEvents, type CalendarContext } from '@/lib/aftercare/calendar-events'
import type { PlanEntry } from '@/lib/aftercare/plan'
import type { SessionKind } from '@/lib/aftercare/types'
import type { CalendarDate } from '@/lib/dates'
import { buttonClass } from '@/components/ui/classes'

type Props = {
  entries: PlanEntry[]
  sessionDate: CalendarDate
  session: SessionKind
  context: CalendarContext
  /** Other actions to show in the same row, before the explanation. */
  beside?: ReactNode
}

export function CalendarButton({ entries, sessionDate, session, context, beside }: Props) {
  const [status, setStatus] = useState('')
  const [busy, setBusy] = useState(false)
  const count = calendarEvents(entries, sessionDate, session, context).length

  async function download() {
    setBusy(true)
    setStatus('')
    try {
      const { calendarFileName, calendarMimeType, toIcs } = await import('@/lib/aftercare/ics')
      const result = toIcs(calendarEvents(entries, sessionDate, session, context), context.clinicName)
      if (!result.ok) {
        setStatus(`${result.message} You can print the plan instead.`)
        return
      }
      const url = URL.createObjectURL(new Blob([result.text], { type: calendarMimeType }))
      const link = document.createElement('a')
      link.href = url
      link.download = calendarFileName
      document.body.append(link)
      link.click()
      link.remove()
      // Some browsers read the file after click() returns: give them time before letting it go.
      setTimeout(() => URL.revokeObjectURL(url), 60_000)
      setStatus(`Downloaded ${calendarFileName}. Open it to add the ${count} dates to your calendar.`)
    } catch {
      setStatus('Sorry, the calendar file could not be made. You can print the plan instead.')
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
          Add to calendar
        </button>
        {beside}
      </div>
      <p id="calendar-hint" className="mt-2 max-w-lg text-sm text-muted">
        Downloads a file with {count} all-day reminders: the milestones and the dates things are usually OK again. It
        opens in Google Calendar, Apple Calendar and Outlook.
      </p>
      <p role="status" className="mt-2 font-semibold">
        {status}
      </p>
    </div>
  )
}
