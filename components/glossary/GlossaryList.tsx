// Every glossary term with its own address (/glossary#id): in English in alphabetical order, in a
// translated language in the order of its glossary file (content/hi/glossary.yaml says so).
import type { GlossaryTerm } from '@/lib/glossary/schema'
import { fill } from '@/lib/i18n/fill'
import type { Locale } from '@/lib/i18n/locales'
import { articleWords } from '@/lib/i18n/words/article'
import { hash, sectionIds } from '@/lib/routes'

export function GlossaryList({ terms, locale }: { terms: readonly GlossaryTerm[]; locale: Locale }) {
  const words = articleWords[locale].glossary
  const sorted = locale === 'en' ? [...terms].sort((a, b) => a.term.localeCompare(b.term, 'en')) : terms
  return (
    <section aria-labelledby={sectionIds.glossaryTerms} className="mt-8">
      <h2 id={sectionIds.glossaryTerms} className="text-xl font-semibold">
        {words.heading}
      </h2>
      <dl className="mt-4 space-y-4">
        {sorted.map((term) => (
          <div key={term.id} id={term.id} className="scroll-mt-4 rounded target:bg-brand-50 target:p-2">
            <dt className="font-semibold">
              <dfn className="not-italic">{term.term}</dfn>{' '}
              <a className="heading-anchor" href={hash(term.id)}>
                <span aria-hidden="true">#</span>
                <span className="sr-only">{fill(words.linkTo, { term: term.term })}</span>
              </a>
            </dt>
            <dd className="mt-1">{term.definition}</dd>
          </div>
        ))}
      </dl>
    </section>
  )
}
