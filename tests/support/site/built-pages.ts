// The HTML files of every page in the static build (out/), found from the build itself: the addresses in its
// sitemap, the staff links page, the 404 pages, and any other page it wrote. A page added later is found
// without editing a test.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { JSDOM } from 'jsdom'
import { isMovedPage } from '@/lib/content/redirects'
import { staffLinksPath } from '@/lib/links/directory'
import { htmlFiles as allHtmlFiles, pageHtmlFile, routeOfFile } from '@/scripts/bench/lib/first-load-js'
import { staticDir } from '@/scripts/static/lib/static-server'

export type BuiltPage = {
  /** The address the page answers, or what it is ("404 page"). */
  label: string
  /** The HTML file, relative to the repository. */
  file: string
}

export const sitemapFile = join(staticDir, 'sitemap.xml')
export const notFoundFile = join(staticDir, '404.html')

/** A page's file: / → out/index.html, /aftercare/planner → out/aftercare/planner.html. */
export const pageFile = (path: string): string => pageHtmlFile(path, staticDir)

/** The paths of the addresses in a sitemap.xml. */
export function sitemapPaths(xml: string): string[] {
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!.replaceAll('&amp;', '&')).pathname)
}

/** Every HTML file of the build. */
export const htmlFiles = (dir = staticDir): string[] => allHtmlFiles(dir)

/**
 * Every page of the build, in the order sitemap, staff links page, 404 page, then any other HTML page in it;
 * `problems` says what is missing (the build itself, its sitemap, or a page the sitemap lists).
 */
export function builtPages(): { pages: BuiltPage[]; sitemap: string[]; problems: string[] } {
  if (!existsSync(sitemapFile))
    return { pages: [], sitemap: [], problems: [`${sitemapFile} is missing: run \`npm run build\` first`] }
  const problems: string[] = []
  const paths = sitemapPaths(readFileSync(sitemapFile, 'utf8'))
  if (paths.length === 0) problems.push(`${sitemapFile} lists no addresses`)
  const pages: BuiltPage[] = [
    ...[...paths, staffLinksPath].map((path) => ({ label: path, file: pageFile(path) })),
    { label: '404 page', file: notFoundFile },
  ]
  for (const page of pages) if (!existsSync(page.file)) problems.push(`${page.label}: ${page.file} is missing`)
  const listed = new Set(pages.map((page) => page.file))
  for (const file of htmlFiles())
    if (!listed.has(file) && !isMovedPage(readFileSync(file, 'utf8')))
      pages.push({ label: routeOfFile(staticDir, file), file })
  return { pages, sitemap: paths, problems }
}

const parsed = new Map<string, Document>()

/** A page's HTML as a document to query (parsed once per file, scripts not run). */
export function pageDocument(file: string): Document {
  const known = parsed.get(file)
  if (known) return known
  const document = new JSDOM(readFileSync(file, 'utf8')).window.document
  parsed.set(file, document)
  return document
}
