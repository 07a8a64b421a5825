// Checks that every link from one page of this site to another lands somewhere real.
import { extractHrefs } from './headings'

/** Path ("/aftercare") → the ids on that page, or null when the page exists but its ids are not checked. */
export type LinkTargets = ReadonlyMap<string, ReadonlySet<string> | null>

const externalScheme = /^(https?:|mailto:|tel:)/i

/** Problems with the internal links in one page's HTML; `ownPath` resolves "#anchor" links. */
export function checkLinks(html: string, ownPath: string, targets: LinkTargets): string[] {
  const problems: string[] = []
  for (const href of extractHrefs(html)) {
    if (externalScheme.test(href)) continue
    if (!href.startsWith('/') && !href.startsWith('#')) {
      problems.push(`link "${href}" must start with "/" (e.g. /aftercare#after-your-session) or be a full https:// address`)
      continue
    }
    const [pathPart = '', hash] = href.split('#', 2)
    const path = pathPart === '' ? ownPath : pathPart.replace(/(.)\/$/, '$1')
    if (!targets.has(path)) {
      problems.push(`link "${href}" goes to a page that does not exist`)
      continue
    }
    const ids = targets.get(path)
    if (hash !== undefined && ids && !ids.has(hash)) {
      problems.push(`link "${href}" goes to a section "#${hash}" that ${path} does not have`)
    }
  }
  return problems
}
