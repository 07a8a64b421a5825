// Every glossary term with its own address (/glossary#id), in alphabetical order.
import type { GlossaryTerm } from '@/lib/glossary/schema'
import { hash, sectionIds } from '@/lib/routes'

export function GlossaryList({ terms }: { terms: readonly GlossaryTerm[] }) {
  const sorted = [...terms].sort((a, b) => a.term.localeCompare(b.term, 'en'))
  return (
    <section aria-labelledby={sectionIds.glossaryTerms} className="mt-8">
      <h2 id={sectionIds.glossaryTerms} className="text-xl font-semibold">
        Words from A to Z
      </h2>
      <dl className="mt-4 space-y-4">
        {sorted.map((term) => (
          <div key={term.id} id={term.id} className="scroll-mt-4 rounded target:bg-brand-50 target:p-2">
            <dt className="font-semibold">
              <dfn className="not-italic">{term.term}</dfn>{' '}
              <a className="heading-anchor" href={hash(term.id)}>
                <span aria-hidden="true">#</span>
                <span className="sr-only">Link to “{term.term}”</span>
              </a>
            </dt>
            <dd className="mt-1">{term.definition}</dd>
          </div>
        ))}
      </dl>
    </section>
  )
}
