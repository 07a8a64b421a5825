// The HTML files of every page in a finished build, found from the build itself: the addresses in its sitemap,
// the staff links page, the 404 page, and any other prerendered page. A page added later is found without
// editing a test.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import { staffLinksPath } from '@/lib/links/directory'
import { staticDir } from '@/scripts/static/lib/static-server'

export type BuiltPage = {
  /** The address the page answers, or what it is ("404 page"). */
  label: string
  /** The HTML file, relative to the repository. */
  file: string
}

export type Build = {
  name: string
  /** Where its prerendered pages are. */
  dir: string
  /** Other folders with pages: the production build keeps the documents (Pages Router) apart from the tools. */
  moreDirs: string[]
  sitemap: string
  notFound: string
  /** How it is made, for the message when it is missing. */
  command: string
  /** HTML files in `dir` that are not pages of the site. */
  notPages: string[]
}

const nextPages = join('.next', 'server', 'app')
const nextDocuments = join('.next', 'server', 'pages')

export const builds: Build[] = [
  {
    name: 'static export',
    dir: staticDir,
    sitemap: join(staticDir, 'sitemap.xml'),
    notFound: join(staticDir, '404.html'),
    command: 'npm run build:static',
    moreDirs: [],
    notPages: [],
  },
  {
    name: 'production build',
    dir: nextPages,
    sitemap: join(nextPages, 'sitemap.xml.body'),
    notFound: join(nextPages, '_not-found.html'),
    command: 'npm run build',
    moreDirs: [nextDocuments],
    notPages: [
      // Next's own fallback for an error in the root layout: not an address of the site, and all Next's markup.
      join(nextPages, '_global-error.html'),
      // Next's own error page for the Pages Router, which a prerendered document never reaches.
      join(nextDocuments, '500.html'),
      // The 404 document itself and Next's other copy of it: the same file as _not-found.html.
      join(nextDocuments, '404.html'),
      join(nextDocuments, 'not-found.html'),
    ],
  },
]

/** A page's file in either build: / → index.html, /aftercare/planner → aftercare/planner.html. */
export function pageFile(build: Build, path: string): string {
  const name = path === '/' ? 'index.html' : `${path.slice(1)}.html`
  return (
    [...build.moreDirs, build.dir].map((dir) => join(dir, name)).find((file) => existsSync(file)) ??
    join(build.dir, name)
  )
}

/** The paths of the addresses in a sitemap.xml. */
export function sitemapPaths(xml: string): string[] {
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!.replaceAll('&amp;', '&')).pathname)
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return entry.name === '_next' ? [] : htmlFiles(path)
    return entry.name.endsWith('.html') ? [path] : []
  })
}

const pathOf = (build: Build, file: string) => {
  const dir =
    [...build.moreDirs, build.dir].find((candidate) => !relative(candidate, file).startsWith('..')) ?? build.dir
  const path = `/${relative(dir, file)
    .split(sep)
    .join('/')
    .replace(/\.html$/, '')}`
  return path === '/index' ? '/' : path
}

/**
 * Every page of a build, in the order sitemap, staff links page, 404 page, then any other HTML page in the
 * build; `problems` says what is missing (the build itself, its sitemap, or a page the sitemap lists).
 */
export function builtPages(build: Build): { pages: BuiltPage[]; sitemap: string[]; problems: string[] } {
  if (!existsSync(build.sitemap)) {
    return {
      pages: [],
      sitemap: [],
      problems: [
        `${build.sitemap} is missing: run \`${build.command}\` first (\`npm run test:browser\` runs both builds)`,
      ],
    }
  }
  const problems: string[] = []
  const paths = sitemapPaths(readFileSync(build.sitemap, 'utf8'))
  if (paths.length === 0) problems.push(`${build.sitemap} lists no addresses`)
  const pages: BuiltPage[] = [
    ...[...paths, staffLinksPath].map((path) => ({ label: path, file: pageFile(build, path) })),
    { label: '404 page', file: build.notFound },
  ]
  for (const page of pages) if (!existsSync(page.file)) problems.push(`${page.label}: ${page.file} is missing`)
  const listed = new Set([...pages.map((page) => page.file), ...build.notPages])
  for (const file of [build.dir, ...build.moreDirs].flatMap(htmlFiles))
    if (!listed.has(file)) pages.push({ label: pathOf(build, file), file })
  return { pages, sitemap: paths, problems }
}
