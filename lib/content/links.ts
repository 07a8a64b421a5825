// Checks that every link from one page of this site to another lands somewhere real.
import type { Root } from 'hast'
import { hrefsOf } from './headings'

/** Path ("/aftercare") → the ids on that page, or null when the page exists but its ids are not checked. */
export type LinkTargets = ReadonlyMap<string, ReadonlySet<string> | null>

const externalScheme = /^(https?:|mailto:|tel:)/i

/** What is wrong with one internal link, if anything; `ownPath` resolves "#anchor" links. */
export function hrefProblem(href: string, ownPath: string, targets: LinkTargets): string | undefined {
  if (externalScheme.test(href)) return undefined
  if (!href.startsWith('/') && !href.startsWith('#')) {
    return `link "${href}" must start with "/" (e.g. /aftercare#after-your-session) or be a full https:// address`
  }
  const [pathPart = '', hash] = href.split('#', 2)
  const path = pathPart === '' ? ownPath : pathPart.replace(/(.)\/$/, '$1')
  if (!targets.has(path)) return `link "${href}" goes to a page that does not exist`
  const ids = targets.get(path)
  if (hash !== undefined && ids && !ids.has(hash))
    return `link "${href}" goes to a section "#${hash}" that ${path} does not have`
  return undefined
}

/** Problems with the internal links in one page's tree. */
export function checkLinks(tree: Root, ownPath: string, targets: LinkTargets): string[] {
  return hrefsOf(tree).flatMap((href) => hrefProblem(href, ownPath, targets) ?? [])
}
