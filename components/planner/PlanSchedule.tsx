// The plan itself, by stage: before the session, on the day, after. It renders the same with or
// without dates: the server (and a browser without JavaScript) shows days counted from the session
// ("Days 1 to 3"); once the patient's date is known, each entry shows its dates and status too.
import type { ReactNode } from 'react'
import { TextLink } from '@/components/ui/TextLink'
import type { Span } from '@/lib/aftercare/days'
import type { EntryStatus, PlanStage } from '@/lib/aftercare/plan'
import type { ItemKind } from '@/lib/aftercare/types'
import { fill } from '@/lib/i18n/fill'
import type { PlannerWords } from '@/lib/i18n/words/planner'

export type EntryView = {
  key: string
  kind: ItemKind
  title: string
  explanation: string
  /** The section, on the page in the plan's language: "/hi/aftercare#washing-your-scalp". */
  readMore: string
  readMoreTitle?: string
  /** "Thu 4 Dec" once dated; otherwise the days, "Days 1 to 3". */
  when: Span
  /** The days as well, under a date: "Day 3" (not for the days before, nor ongoing care: `ongoing` says it). */
  days?: string
  status?: EntryStatus
  /** "Only after your first or second session", when the plan covers every session. */
  onlyAfter?: string
  /** For care that lasts while the scalp heals: "In the weeks after your session, until …". */
  ongoing?: string
}

export type ScheduleWords = Pick<
  PlannerWords,
  'stageTitles' | 'kindTags' | 'statusToday' | 'statusDone' | 'statusOngoing' | 'readMore' | 'readMoreAbout' | 'range'
>

const kindClasses: Record<ItemKind, string> = {
  do: 'bg-emerald-100 text-emerald-950',
  avoid: 'bg-amber-100 text-amber-950',
  milestone: 'bg-brand-100 text-brand-900',
}

function StatusTag({ status, words }: { status?: EntryStatus; words: ScheduleWords }) {
  if (status === 'today' || status === 'ongoing')
    return (
      <span className="mt-1 inline-block rounded bg-brand-800 px-1.5 py-0.5 text-sm font-semibold text-white">
        {status === 'today' ? words.statusToday : words.statusOngoing}
      </span>
    )
  if (status === 'done')
    return (
      <span className="mt-1 inline-block rounded bg-slate-100 px-1.5 py-0.5 text-sm font-semibold text-slate-800">
        <span aria-hidden="true">✓ </span>
        {words.statusDone}
      </span>
    )
  return null
}

/** A day or date, or a range in the language's order ("{from} to {to}", "{from} से {to} तक"): it may wrap between the ends, never inside a date. */
function When({ span, range }: { span: Span; range: string }) {
  if (span.to === undefined) return <span className="whitespace-nowrap">{span.from}</span>
  const ends: Record<string, string> = { '{from}': span.from, '{to}': span.to }
  return (span.join ?? range).split(/(\{from\}|\{to\})/).map((part, index) =>
    part in ends ? (
      <span key={index} className="whitespace-nowrap">
        {ends[part]}
      </span>
    ) : (
      part
    ),
  )
}

function Entry({ entry, words }: { entry: EntryView; words: ScheduleWords }) {
  const highlight =
    entry.status === 'today' || entry.status === 'ongoing'
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
        <When span={entry.when} range={words.range} />
        {entry.days && (
          <span className="block text-sm font-normal text-muted print:text-[8.5pt] print:text-black">{entry.days}</span>
        )}
        {/* With the date it goes on from: the plan says it has no end day, on screen and on paper. */}
        {entry.ongoing && <span className="block text-sm font-normal print:text-[8.5pt]">{entry.ongoing}</span>}
        <span className="no-print block">
          <StatusTag status={entry.status} words={words} />
        </span>
      </p>
      <div className="mt-1 sm:mt-0">
        <h3 className="font-semibold">
          <span
            className={`mr-2 inline-block rounded px-1.5 text-sm font-semibold print:border print:border-current print:px-1 print:text-[8.5pt] ${kindClasses[entry.kind]}`}
          >
            {words.kindTags[entry.kind]}
            <span className="sr-only">:</span>
          </span>
          {entry.title}
        </h3>
        <p className="mt-1 print:mt-0">{entry.explanation}</p>
        {entry.onlyAfter && <p className="mt-1 text-sm font-semibold text-muted">{entry.onlyAfter}</p>}
        <p className="no-print mt-1 text-sm">
          <TextLink href={entry.readMore}>
            {entry.readMoreTitle ? fill(words.readMoreAbout, { title: entry.readMoreTitle }) : words.readMore}
          </TextLink>
        </p>
      </div>
    </li>
  )
}

export type StageNotes = Partial<Record<PlanStage, ReactNode>>

/** `notes`: server HTML shown under a stage's heading, e.g. the signs of infection beside the days after. */
export function PlanSchedule({
  groups,
  words,
  notes = {},
}: {
  groups: { stage: PlanStage; entries: EntryView[] }[]
  words: ScheduleWords
  notes?: StageNotes
}) {
  return (
    <>
      {groups.map(({ stage, entries }) => (
        <section key={stage} aria-labelledby={`plan-${stage}`} className="mt-8 print:mt-3">
          <h2 id={`plan-${stage}`} className="text-2xl font-bold print:text-[12pt]">
            {words.stageTitles[stage]}
          </h2>
          {notes[stage]}
          <ol className="mt-3 space-y-3 print:mt-1 print:space-y-1.5">
            {entries.map((entry) => (
              <Entry key={entry.key} entry={entry} words={words} />
            ))}
          </ol>
        </section>
      ))}
    </>
  )
}
