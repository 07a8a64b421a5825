// "When things are usually OK again": the day after each thing to avoid, as a date once chosen.

export type AllowedAgainView = { key: string; label: string; from: string; status?: 'done' | 'today' | 'upcoming' }

const statusText = { done: ' (already)', today: ' (from today)', upcoming: '' } as const

export function AllowedAgainList({ items }: { items: AllowedAgainView[] }) {
  if (items.length === 0) return null
  return (
    <section
      aria-labelledby="allowed-again"
      className="mt-10 break-inside-avoid rounded-md bg-brand-50 p-5 print:mt-3 print:border print:border-slate-400 print:p-2 print:text-[10pt]"
    >
      <h2 id="allowed-again" className="text-2xl font-bold print:text-[12pt]">
        When things are usually OK again
      </h2>
      <p className="mt-2 print:mt-0">Unless your practitioner advises otherwise.</p>
      <ul className="mt-3 space-y-1 print:mt-1 print:space-y-0">
        {items.map((item) => (
          <li key={item.key}>
            <span className="font-semibold">{item.label}:</span> from {item.from}
            {item.status && statusText[item.status]}
          </li>
        ))}
      </ul>
    </section>
  )
}
