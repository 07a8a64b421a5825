// The plan itself, by stage: before the session, on the day, after. It renders the same with or
// without dates: the server (and a browser without JavaScript) shows days counted from the session
// ("Days 1 to 3"); once the patient's date is known, each entry shows its dates and status too.
import { Fragment, type ReactNode } from 'react'
import { TextLink } from '@/components/ui/TextLink'
import type { EntryStatus, PlanStage } from '@/lib/aftercare/plan'
import { stageTitles } from '@/lib/aftercare/plan'
import type { ItemKind } from '@/lib/aftercare/types'

export type EntryView = {
  key: string
  kind: ItemKind
  title: string
  explanation: string
  readMore: string
  readMoreTitle?: string
  /** "Thu 4 Dec" once dated; otherwise the days, "Days 1 to 3". */
  when: string
  /** The days as well, under a date: "Day 3". */
  days?: string
  status?: EntryStatus
  /** "Only after your first or second session", when the plan covers every session. */
  onlyAfter?: string
}

const kindTags: Record<ItemKind, { label: string; className: string }> = {
  do: { label: 'Do', className: 'bg-emerald-100 text-emerald-950' },
  avoid: { label: 'Avoid', className: 'bg-amber-100 text-amber-950' },
  milestone: { label: 'Milestone', className: 'bg-brand-100 text-brand-900' },
}

function StatusTag({ status }: { status?: EntryStatus }) {
  if (status === 'today')
    return (
      <span className="mt-1 inline-block rounded bg-brand-800 px-1.5 py-0.5 text-sm font-semibold text-white">
        Today
      </span>
    )
  if (status === 'done')
    return (
      <span className="mt-1 inline-block rounded bg-slate-100 px-1.5 py-0.5 text-sm font-semibold text-slate-800">
        <span aria-hidden="true">✓ </span>Done
      </span>
    )
  return null
}

function Entry({ entry }: { entry: EntryView }) {
  const tag = kindTags[entry.kind]
  const highlight =
    entry.status === 'today'
      ? 'border-brand-700 bg-brand-50'
      : entry.status === 'done'
        ? 'border-slate-200 text-muted'
        : 'border-brand-100'
  return (
    <li
      className={`break-inside-avoid rounded-md border-l-4 py-3 pr-3 pl-4 sm:grid sm:grid-cols-[11rem_1fr] sm:gap-4 print:border-l-2 print:border-slate-400 print:bg-transparent print:py-0.5 print:pl-2 print:text-[10pt] print:leading-snug print:text-black ${highlight}`}
      data-status={entry.status}
    >
      <p className="font-semibold">
        {/* A range may wrap after "to", never inside a date. */}
        {entry.when.split(' to ').map((part, index) => (
          <Fragment key={part}>
            {index > 0 && ' to '}
            <span className="whitespace-nowrap">{part}</span>
          </Fragment>
        ))}
        {entry.days && (
          <span className="block text-sm font-normal text-muted print:text-[8.5pt] print:text-black">{entry.days}</span>
        )}
        <span className="no-print block">
          <StatusTag status={entry.status} />
        </span>
      </p>
      <div className="mt-1 sm:mt-0">
        <h3 className="font-semibold">
          <span
            className={`mr-2 inline-block rounded px-1.5 text-sm font-semibold print:border print:border-current print:px-1 print:text-[8.5pt] ${tag.className}`}
          >
            {tag.label}
            <span className="sr-only">:</span>
          </span>
          {entry.title}
        </h3>
        <p className="mt-1 print:mt-0">{entry.explanation}</p>
        {entry.onlyAfter && <p className="mt-1 text-sm font-semibold text-muted">{entry.onlyAfter}</p>}
        <p className="no-print mt-1 text-sm">
          <TextLink href={entry.readMore}>Read more{entry.readMoreTitle ? `: ${entry.readMoreTitle}` : ''}</TextLink>
        </p>
      </div>
    </li>
  )
}

export type StageNotes = Partial<Record<PlanStage, ReactNode>>

/** `notes`: server HTML shown under a stage's heading, e.g. the signs of infection beside the days after. */
export function PlanSchedule({
  groups,
  notes = {},
}: {
  groups: { stage: PlanStage; entries: EntryView[] }[]
  notes?: StageNotes
}) {
  return (
    <>
      {groups.map(({ stage, entries }) => (
        <section key={stage} aria-labelledby={`plan-${stage}`} className="mt-8 print:mt-3">
          <h2 id={`plan-${stage}`} className="text-2xl font-bold print:text-[12pt]">
            {stageTitles[stage]}
          </h2>
          {notes[stage]}
          <ol className="mt-3 space-y-3 print:mt-1 print:space-y-1.5">
            {entries.map((entry) => (
              <Entry key={entry.key} entry={entry} />
            ))}
          </ol>
        </section>
      ))}
    </>
  )
}
