// The sources a page cites with [@id], numbered as in the text, with a way back to each place they
// are cited; then the two notes every page carries about where its facts come from.
import { citationAnchor, sourceAnchor, type Citation } from '@/lib/content/enrich'
import type { References } from '@/lib/content/references'
import { linkClass } from '@/components/ui/classes'
import { hash, sectionIds } from '@/lib/routes'

const letters = 'abcdefghijklmnopqrstuvwxyz'

export function Sources({ citations, references }: { citations: Citation[]; references: References }) {
  const byId = new Map(references.sources.map((source) => [source.id, source]))
  return (
    <section aria-labelledby={sectionIds.sources} className="mt-10">
      <h2 id={sectionIds.sources} className="text-xl font-semibold">
        Sources
      </h2>
      {citations.length > 0 && (
        <ol className="mt-3 list-decimal space-y-2 pl-6 text-sm">
          {citations.map(({ id, uses }, index) => {
            const source = byId.get(id)
            return (
              <li key={id} id={sourceAnchor(id)} className="target:bg-brand-50">
                {source?.citation}{' '}
                {source?.url && (
                  <a className={linkClass('text', 'break-words')} href={source.url}>
                    {source.url.replace(/^https:\/\//, '')}
                  </a>
                )}{' '}
                {Array.from({ length: uses }, (_, use) => (
                  <a key={use} className={linkClass('text', 'ml-1')} href={hash(citationAnchor(id, use + 1))}>
                    <span aria-hidden="true">↑{uses > 1 ? letters[use] : ''}</span>
                    <span className="sr-only">
                      Back to {uses > 1 ? `use ${use + 1} of ` : ''}source {index + 1} in the text
                    </span>
                  </a>
                ))}
              </li>
            )
          })}
        </ol>
      )}
      <p className="mt-3 text-sm text-muted">{references.notes.clinicSources}</p>
      <p className="mt-2 text-sm text-muted">{references.notes.evidence}</p>
    </section>
  )
}
