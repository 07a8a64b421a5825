// The site's promise about its addresses: content/published-links.txt lists every address the
// site has published (pages, their h2/h3 sections, FAQ answers, glossary terms, the fixed routes).
// The content step adds new ones to it, and fails when a listed address no longer leads anywhere:
// neither a current page and id (an explicit id or an alias) nor a redirect (redirectFrom).
import type { Glossary } from '@/lib/glossary/schema'
import { localeOfPath, localePath, stripLocale, translatedLocales } from '@/lib/i18n/locales'
import { articlePath, faqAnswerPath, reservedSlugs, sectionHref, staticRoutes } from '@/lib/routes'
import type { CheckedArticle } from './articles'
import type { CheckedFaq } from './faqs'
import type { LinkTargets } from './links'
import type { ContentProblem } from './model'
import { slugPattern } from './problems'

export const publishedLinksName = 'published-links.txt'

/** An old address of a page: `/from` moves on to `/to` (sections keep their ids there). */
export type Redirect = { from: `/${string}`; to: `/${string}`; file: string }

/** The lines of content/published-links.txt: one address a line; blank lines and `# notes` are skipped. */
export const parsePublishedLinks = (text: string): string[] =>
  text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))

/** The file's text for these addresses: sorted, one a line. */
export const formatPublishedLinks = (addresses: Iterable<string>): string =>
  `${[...new Set(addresses)].sort().join('\n')}\n`

/** Every address the site publishes today, sorted. Redirects are not addresses: they only lead to one. */
export function currentAddresses(
  published: CheckedArticle[],
  faqs: CheckedFaq[],
  glossaryPath: string | undefined,
  glossary: Glossary | undefined,
): string[] {
  const addresses = new Set<string>(Object.values(staticRoutes))
  for (const article of published) {
    const path = articlePath(article.slug)
    addresses.add(path)
    for (const heading of article.headings) addresses.add(sectionHref(path, heading.id))
    if (path === glossaryPath) for (const term of glossary?.terms ?? []) addresses.add(sectionHref(path, term.id))
  }
  for (const faq of faqs) addresses.add(faqAnswerPath(faq.id))
  // Every page and section in each translated language too (/hi/aftercare#after-your-session): a
  // translation keeps the English ids, and a page not yet translated shows the English there.
  for (const address of [...addresses]) {
    if (!translatedAddress(address)) continue
    for (const locale of translatedLocales) addresses.add(localePath(locale, address))
  }
  return [...addresses].sort()
}

/** Whether an English address has one in each translated language: all but the staff links page. */
const translatedAddress = (address: string) => address.split('#', 1)[0] !== staticRoutes.links

/** Each redirect in every language too: /hi/old moves on to /hi/new as /old does to /new. */
export function withTranslatedRedirects(redirects: Redirect[]): Redirect[] {
  return [
    ...redirects,
    ...translatedLocales.flatMap((locale) =>
      redirects.map((r) => ({
        ...r,
        from: localePath(locale, r.from) as Redirect['from'],
        to: localePath(locale, r.to) as Redirect['to'],
      })),
    ),
  ]
}

/** The redirects the articles ask for (`redirectFrom`), and what is wrong with them. */
export function articleRedirects(
  articles: { slug: string; file: string; redirectFrom?: string[] }[],
  problems: ContentProblem[],
): Redirect[] {
  const redirects: Redirect[] = []
  const slugs = new Map(articles.map((a) => [a.slug, a.file]))
  const seen = new Map<string, string>()
  for (const article of articles) {
    for (const old of article.redirectFrom ?? []) {
      const problem = (message: string) => problems.push({ file: article.file, field: 'redirectFrom', message })
      if (!slugPattern.test(old)) {
        problem(`"${old}" must be an old page address without the "/", in lower-case words joined by hyphens`)
      } else if (reservedSlugs.has(old)) {
        problem(`"${old}" is an address the site itself uses (/${old}): it cannot redirect to this page`)
      } else if (slugs.has(old)) {
        problem(`"${old}" is the address of a current page (${slugs.get(old)}): a page cannot also redirect there`)
      } else if (seen.has(old)) {
        problem(
          `"${old}" already redirects to another page (${seen.get(old)}): an old address can lead to one page only`,
        )
      } else {
        seen.set(old, article.file)
        redirects.push({ from: articlePath(old), to: articlePath(article.slug), file: article.file })
      }
    }
  }
  return redirects.sort((a, b) => (a.from < b.from ? -1 : 1))
}

/** The file an address came from, for the editor to open. */
function sourceOf(address: string, glossaryPath: string | undefined): string {
  // A translated address leads where the English one does (the ids are the English page's).
  const [path = '', id] = stripLocale(address).split('#', 2)
  if (path === staticRoutes.faq && id) return `content/faq/${id}.md`
  if (path === glossaryPath && id) return 'content/glossary.yaml'
  if ((Object.values(staticRoutes) as string[]).includes(path)) return `content/${publishedLinksName}`
  return `content/articles/${path.slice(1)}.md`
}

/** Does this address still lead somewhere: a current page and id, or a redirect to a page with that id? */
export function resolves(address: string, targets: LinkTargets, redirects: Redirect[]): boolean {
  // A translated address: the same page and ids as the English one (not the staff links page, which has none).
  const bare = stripLocale(address)
  if (localeOfPath(address) !== 'en' && !translatedAddress(bare)) return false
  const [rawPath = '', id] = bare.split('#', 2)
  const path = redirects.find((r) => r.from === rawPath)?.to ?? rawPath
  // The fixed routes are the site's own (the staff links page is in no link target list).
  if (id === undefined && (Object.values(staticRoutes) as string[]).includes(path)) return true
  if (!targets.has(path)) return false
  const ids = targets.get(path)
  return id === undefined || !ids || ids.has(id)
}

/** A problem for each published address that no longer leads anywhere. */
export function publishedLinkProblems(
  listed: string[],
  targets: LinkTargets,
  redirects: Redirect[],
  glossaryPath: string | undefined,
): ContentProblem[] {
  return listed
    .filter((address) => !resolves(address, targets, redirects))
    .map((address) => {
      const [path = '', id] = stripLocale(address).split('#', 2)
      const ways =
        id === undefined
          ? `bring the page back, or redirect it: add "redirectFrom: [${path.slice(1)}]" to the front matter of the page that replaces it`
          : path === staticRoutes.faq
            ? `bring the answer back (a file named ${id}.md in content/faq/)`
            : `bring the section back, or redirect it: give the heading that replaces it "{#its-id aliases=${id}}" (or, if the page moved, "redirectFrom: [${path.slice(1)}]" on the new page)`
      return {
        file: sourceOf(address, glossaryPath),
        message: `the published address ${address} no longer leads anywhere (it is listed in content/${publishedLinksName}, so people may have it): ${ways}`,
      }
    })
}
