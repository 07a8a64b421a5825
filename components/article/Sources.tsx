// The sources a page cites with [@id], numbered as in the text, with a way back to each place they
// are cited; then the two notes every page carries about where its facts come from.
import { citationAnchor, sourceAnchor, type Citation } from '@/lib/content/enrich'
import type { References } from '@/lib/content/references'
import { linkClass } from '@/components/ui/classes'
import type { Digits } from '@/lib/i18n/digits'
import { withDigits } from '@/lib/i18n/digits'
import { fill } from '@/lib/i18n/fill'
import type { Locale } from '@/lib/i18n/locales'
import { articleWords } from '@/lib/i18n/words/article'
import { hash, sectionIds } from '@/lib/routes'

const letters = 'abcdefghijklmnopqrstuvwxyz'

type Props = { citations: Citation[]; references: References; locale: Locale; digits?: Digits }

export function Sources({ citations, references, locale, digits = 'latin' }: Props) {
  const words = articleWords[locale].sources
  const byId = new Map(references.sources.map((source) => [source.id, source]))
  // The references are written in English only (content/references.yaml): marked so, on a page in another language.
  const referencesLang = locale === 'en' ? undefined : 'en'
  return (
    <section aria-labelledby={sectionIds.sources} className="mt-10">
      <h2 id={sectionIds.sources} className="text-xl font-semibold">
        {words.heading}
      </h2>
      {citations.length > 0 && (
        <ol className="mt-3 list-decimal space-y-2 pl-6 text-sm">
          {citations.map(({ id, uses }, index) => {
            const source = byId.get(id)
            const number = withDigits(String(index + 1), digits)
            return (
              <li key={id} id={sourceAnchor(id)} className="target:bg-brand-50">
                <span lang={referencesLang}>{source?.citation}</span>{' '}
                {source?.url && (
                  <a className={linkClass('text', 'break-words')} href={source.url}>
                    {source.url.replace(/^https:\/\//, '')}
                  </a>
                )}{' '}
                {Array.from({ length: uses }, (_, use) => (
                  <a key={use} className={linkClass('text', 'ml-1')} href={hash(citationAnchor(id, use + 1))}>
                    <span aria-hidden="true">↑{uses > 1 ? letters[use] : ''}</span>
                    <span className="sr-only">
                      {uses > 1
                        ? fill(words.backToUse, { use: withDigits(String(use + 1), digits), number })
                        : fill(words.backTo, { number })}
                    </span>
                  </a>
                ))}
              </li>
            )
          })}
        </ol>
      )}
      <p className="mt-3 text-sm text-muted" lang={referencesLang}>
        {references.notes.clinicSources}
      </p>
      <p className="mt-2 text-sm text-muted" lang={referencesLang}>
        {references.notes.evidence}
      </p>
    </section>
  )
}
