// "When things are usually OK again": the day after each thing to avoid, as a date once chosen.
import { fill } from '@/lib/i18n/fill'
import type { PlannerWords } from '@/lib/i18n/words/planner'

export type AllowedAgainView = { key: string; label: string; from: string; status?: 'done' | 'today' | 'upcoming' }

type Words = Pick<
  PlannerWords,
  'allowedAgainHeading' | 'allowedAgainNote' | 'allowedFrom' | 'allowedAlready' | 'allowedFromToday'
>

export function AllowedAgainList({ items, words }: { items: AllowedAgainView[]; words: Words }) {
  if (items.length === 0) return null
  const statusText = { done: words.allowedAlready, today: words.allowedFromToday, upcoming: '' } as const
  return (
    <section
      aria-labelledby="allowed-again"
      className="mt-10 break-inside-avoid rounded-md bg-brand-50 p-5 print:mt-3 print:border print:border-slate-400 print:p-2 print:text-[10pt]"
    >
      <h2 id="allowed-again" className="text-2xl font-bold print:text-[12pt]">
        {words.allowedAgainHeading}
      </h2>
      <p className="mt-2 print:mt-0">{words.allowedAgainNote}</p>
      <ul className="mt-3 space-y-1 print:mt-1 print:space-y-0">
        {items.map((item) => (
          <li key={item.key}>
            <span className="font-semibold">{item.label}:</span> {fill(words.allowedFrom, { date: item.from })}
            {item.status && statusText[item.status]}
          </li>
        ))}
      </ul>
    </section>
  )
}
