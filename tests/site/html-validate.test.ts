// Valid HTML on every page: html-validate, with the repository's .htmlvalidate.mjs (its recommended rules), over the
// HTML of every page of the static build (out/). It reads the files, so it needs no browser and takes seconds.
// Pages come from the build's sitemap, plus the staff links page, the 404 page and any other page the build wrote
// (support/site/built-pages.ts).
import { existsSync, readFileSync } from 'node:fs'
import { FileSystemConfigLoader, HtmlValidate, type Message } from 'html-validate'
import { describe, expect, test } from 'vitest'
import { getContent } from '@/lib/content'
import { listPages } from '@/lib/pages/directory'
import { builtPages, type BuiltPage } from '@/tests/support/site/built-pages'

// Reads .htmlvalidate.mjs from the repository (HtmlValidate's default loader reads no files).
const htmlvalidate = new HtmlValidate(new FileSystemConfigLoader())

/** The start tag a message points into, shortened: `<ul class="mt-4" aria-label="…">`. */
function startTag(source: string, offset: number): string {
  const start = source.lastIndexOf('<', offset)
  const end = source.indexOf('>', offset)
  if (start < 0 || end < 0) return ''
  const tag = source.slice(start, end + 1).replace(/\s+/g, ' ')
  return tag.length > 160 ? `${tag.slice(0, 157)}…>` : tag
}

/** How this site fixes a rule's finding, where the rule's own message does not say. */
const hints: Record<string, string> = {
  'tel-non-breaking':
    'show the number with <ContactLink kind="phone"> (components/ui/ContactLink.tsx), which keeps it on one line',
}

/** One line per finding: the rule, what is wrong, which element (selector and start tag) and where to read more. */
function describeMessage(source: string, message: Message): string {
  const where = [message.selector, startTag(source, message.offset)].filter(Boolean).join(' ')
  const hint = hints[message.ruleId] ? `\n      fix: ${hints[message.ruleId]}` : ''
  return `${message.ruleId}: ${message.message}\n      at ${where}${hint}\n      see ${message.ruleUrl ?? 'https://html-validate.org/rules/'}`
}

/** The page's findings, one entry per rule and element (tel-non-breaking, say, reports every space of a number). */
async function findings(page: BuiltPage): Promise<string[]> {
  const report = await htmlvalidate.validateFile(page.file)
  const source = readFileSync(page.file, 'utf8')
  const counts = new Map<string, number>()
  for (const message of report.results.flatMap((result) => result.messages)) {
    const text = describeMessage(source, message)
    counts.set(text, (counts.get(text) ?? 0) + 1)
  }
  return [...counts].map(([text, count]) => (count > 1 ? text.replace('\n', ` (${count} times)\n`) : text))
}

describe('valid HTML in out/', () => {
  const { pages, sitemap, problems } = builtPages()

  test('finds every page: each sitemap address, the staff links page and the 404 page', () => {
    expect(problems).toEqual([])
    expect(sitemap.length, 'the sitemap lists no pages').toBeGreaterThan(0)
    // The build is of the content as it is now: a page added since is not missed.
    const current = listPages(getContent()).map((page) => page.path)
    expect(sitemap, 'out/ is older than the content: rebuild it (npm run build)').toEqual(
      expect.arrayContaining(current),
    )
    expect(pages.length).toBeGreaterThanOrEqual(sitemap.length + 2)
  })

  const existing = pages.filter((page) => existsSync(page.file))
  test.each(existing.map((page) => [page.label, page] as const))('%s', async (label, page) => {
    const found = await findings(page)
    if (found.length > 0) {
      throw new Error(
        `${label} (${page.file}) is not valid HTML: ${found.length} finding(s). Fix the markup; only a rule about markup style ` +
          `may be switched off, with its reason, in .htmlvalidate.mjs.\n\n  ${found.join('\n  ')}`,
      )
    }
  })
})
