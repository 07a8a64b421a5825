import type { Heading } from '@/lib/content/headings'

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
export function TableOfContents({ headings }: { headings: Heading[] }) {
  if (headings.length < 2) return null
  return (
    <nav aria-labelledby="on-this-page" className="no-print rounded-md border-l-4 border-brand-700 bg-brand-50 px-4 py-3">
      <h2 id="on-this-page" className="text-base font-semibold">
        On this page
      </h2>
      <ul className="mt-2 space-y-1">
        {nest(headings).map((section) => (
          <li key={section.id}>
            <a className="text-brand-800 underline" href={`#${section.id}`}>{section.text}</a>
            {section.children.length > 0 && (
              <ul className="mt-1 space-y-1 pl-4">
                {section.children.map((child) => (
                  <li key={child.id}>
                    <a className="text-brand-800 underline" href={`#${child.id}`}>{child.text}</a>
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
