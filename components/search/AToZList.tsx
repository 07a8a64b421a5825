// Every page, section, FAQ answer and glossary term of the page's language, A to Z, as plain links: what the search
// page offers with no JavaScript, and below the results with it.
import { linkClass } from '@/components/ui/classes'
import type { Locale } from '@/lib/i18n/locales'
import { searchWords } from '@/lib/i18n/words/search'
import type { AToZGroup } from '@/lib/search/a-z'
import { aToZId } from '@/lib/search/page'

const letterId = (index: number) => `${aToZId}-${index + 1}`

export function AToZList({ groups, locale }: { groups: AToZGroup[]; locale: Locale }) {
  const words = searchWords[locale].aToZ
  return (
    <section aria-labelledby={aToZId} className="mt-12">
      <h2 id={aToZId} tabIndex={-1} className="text-2xl font-bold">
        {words.heading}
      </h2>
      <nav aria-label={words.letters} className="mt-4">
        <ul className="flex flex-wrap gap-x-1 gap-y-1">
          {groups.map((group, index) => (
            <li key={group.letter}>
              <a
                href={`#${letterId(index)}`}
                className={linkClass('strong', 'inline-block min-w-8 px-2 py-1 text-center')}
              >
                {group.letter}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {groups.map((group, index) => (
        <div key={group.letter} className="mt-6">
          <h3 id={letterId(index)} className="border-b border-brand-100 text-xl font-bold">
            {group.letter}
          </h3>
          <ul className="mt-2 space-y-2">
            {group.entries.map((entry) => (
              <li key={entry.href}>
                <a href={entry.href} className={linkClass('text')}>
                  {entry.title}
                </a>
                {entry.page && <span className="text-muted"> · {entry.page}</span>}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  )
}
