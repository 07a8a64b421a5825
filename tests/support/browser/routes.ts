import { getContent } from '@/lib/content'
import { staffLinksPath } from '@/lib/links/directory'
import { listPages } from '@/lib/pages/directory'

/**
 * Every page of the site: the public pages from the page directory (built from the content, so a new
 * article or tool is tested without editing tests) and the staff page, which is public but unlisted.
 */
export function publicRoutes(): string[] {
  return [...listPages(getContent()).map((page) => page.path), staffLinksPath]
}
