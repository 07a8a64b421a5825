// Adds the site's new addresses to content/published-links.txt (the content step, after a passing
// check). In CI (process.env.CI) the file is not written: CI's checkout is thrown away, and a
// commit made there would race the editor's next one. The list is only ever added to there by
// `npm run content` on a computer (or by `npm run build`, which runs it); until then a new address
// is simply not yet promised, and CI says how many are waiting.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { formatPublishedLinks, publishedLinksName } from './published-links'

export function recordPublishedLinks(
  contentDir: string,
  listed: string[] | undefined,
  current: string[],
  { ci }: { ci: boolean },
): string {
  const known = new Set(listed ?? [])
  const added = current.filter((address) => !known.has(address))
  const file = `${contentDir}/${publishedLinksName}`
  const list = added.length > 10 ? `${added.slice(0, 10).join(', ')} and ${added.length - 10} more` : added.join(', ')
  if (added.length === 0) return `Published addresses: all ${current.length} current addresses are in ${file}.`
  if (ci)
    return `Published addresses: ${added.length} new address(es) are not yet in ${file} (CI does not write it; run \`npm run content\` and commit the file): ${list}`
  writeFileSync(join(contentDir, publishedLinksName), formatPublishedLinks([...known, ...added]))
  return `Published addresses: added ${added.length} new address(es) to ${file}: ${list}`
}
