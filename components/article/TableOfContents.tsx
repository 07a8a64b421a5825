import type { Heading } from '@/lib/content/headings'
import { linkClass } from '@/components/ui/classes'
import type { Locale } from '@/lib/i18n/locales'
import { articleWords } from '@/lib/i18n/words/article'
import { hash, sectionIds } from '@/lib/routes'

type Section = Heading & { children: Heading[] }

function nest(headings: Heading[]): Section[] {
  const sections: Section[] = []
  for (const heading of headings) {
    const parent = sections.at(-1)
    if (heading.level === 3 && parent) parent.children.push(heading)
    else sections.push({ ...heading, children: [] })
  }
  return sections
}

/** "On this page": the article's own h2/h3 outline, as plain links (no JavaScript). */
export function TableOfContents({
  headings,
  locale,
  headingsLang,
}: {
  headings: Heading[]
  locale: Locale
  /** 'en' when the headings are the English page's (an untranslated page). */
  headingsLang?: 'en'
}) {
  if (headings.length < 2) return null
  return (
    <nav
      aria-labelledby={sectionIds.onThisPage}
      className="no-print rounded-md border-l-4 border-brand-700 bg-brand-50 px-4 py-3"
    >
      <h2 id={sectionIds.onThisPage} className="text-base font-semibold">
        {articleWords[locale].onThisPage}
      </h2>
      <ul className="mt-2 space-y-1" lang={headingsLang}>
        {nest(headings).map((section) => (
          <li key={section.id}>
            <a className={linkClass()} href={hash(section.id)}>
              {section.text}
            </a>
            {section.children.length > 0 && (
              <ul className="mt-1 space-y-1 pl-4">
                {section.children.map((child) => (
                  <li key={child.id}>
                    <a className={linkClass()} href={hash(child.id)}>
                      {child.text}
                    </a>
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </nav>
  )
}
