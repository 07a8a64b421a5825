// The patient's two choices: the session date (the browser's own date picker, which works by
// keyboard) and which session it is. Nothing here is sent anywhere: there is no submit.
import { sessionKinds, type SessionKind } from '@/lib/aftercare/types'
import type { PlannerWords } from '@/lib/i18n/words/planner'

type Props = {
  words: PlannerWords
  dateInput: string
  session: SessionKind
  error?: string
  onDateInput: (value: string) => void
  onDateBlur: () => void
  onSession: (session: SessionKind) => void
}

export function SessionForm({ words, dateInput, session, error, onDateInput, onDateBlur, onSession }: Props) {
  return (
    <form
      className="no-print space-y-6 rounded-md border border-brand-100 p-5"
      onSubmit={(event) => event.preventDefault()}
      aria-label={words.formLabel}
    >
      <div>
        <label htmlFor="session-date" className="block text-lg font-semibold">
          {words.dateLabel}
        </label>
        <p id="session-date-hint" className="mt-1 text-muted">
          {words.dateHint}
        </p>
        {error && (
          <p id="session-date-error" className="mt-2 font-semibold text-red-800">
            <span className="sr-only">{words.errorPrefix}</span>
            {error}
          </p>
        )}
        <input
          id="session-date"
          name="session-date"
          type="date"
          required
          value={dateInput}
          onChange={(event) => onDateInput(event.currentTarget.value)}
          onBlur={onDateBlur}
          aria-describedby={error ? 'session-date-hint session-date-error' : 'session-date-hint'}
          aria-invalid={error ? true : undefined}
          className={`mt-2 rounded-md border-2 bg-white px-3 py-2 text-lg ${error ? 'border-red-800' : 'border-ink'}`}
        />
      </div>
      <fieldset>
        <legend className="text-lg font-semibold">{words.sessionQuestion}</legend>
        <div className="mt-2 flex flex-wrap gap-x-6 gap-y-2">
          {sessionKinds.map((kind) => (
            <label key={kind} className="flex items-center gap-2 py-1">
              <input
                type="radio"
                name="session"
                value={kind}
                checked={session === kind}
                onChange={() => onSession(kind)}
                className="size-5 accent-brand-700"
              />
              {words.sessionLabels[kind]}
            </label>
          ))}
        </div>
      </fieldset>
    </form>
  )
}
