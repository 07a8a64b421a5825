// `npm run build:static`: the whole site as static files in out/, for any static host or CDN.
// Runs Next's static export (STATIC_EXPORT=1, see next.config.ts), adds deploy/_headers for hosts that
// read one, and checks that every page and file Next prerendered (metadata files and images included)
// and the 404 page are there.
//
// Next's export always builds in .next (whatever NEXT_DIST_DIR says), so a production build already
// there is moved aside for the export and put back afterwards: `npm start` keeps working. The export
// keeps its own build cache between runs: measured on 2 cores, a cold export took 52 s and a warm one
// 15 to 24 s, while seeding it with the production build's cache did not help (61 s), nor the reverse.
import { spawnSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { movedPage, movedScript, movedScriptPath, readRedirects, readSiteUrl } from '../../lib/content/redirects'
import { nextEnv } from '../lib/next-env'
import { installInExport } from '../documents/install-not-found'
import { notFoundRoutes } from '../../lib/security/page-kinds'
import { staticDir } from './lib/static-server'

const scratch = '.next'
const saved = '.next-saved-during-static-export'
const exportCache = '.next-static-export-cache'

type Prerendered = { path: string; kind: 'page' | 'file' }

/** The file a static host serves for a path: /aftercare → out/aftercare.html, /icon.svg → out/icon.svg. */
function outputFile({ path, kind }: Prerendered): string {
  if (kind === 'file') return join(staticDir, path)
  return join(staticDir, path === '/' ? 'index.html' : `${path.slice(1)}.html`)
}

/** Runs the export; returns what Next prerendered (from its manifest), or the exit code of a failed build. */
function exportSite(): Prerendered[] | number {
  if (existsSync(saved)) rmSync(saved, { recursive: true, force: true })
  const hadBuild = existsSync(scratch)
  if (hadBuild) renameSync(scratch, saved)
  if (existsSync(exportCache)) {
    mkdirSync(scratch)
    renameSync(exportCache, join(scratch, 'cache'))
  }
  try {
    const env = nextEnv({ STATIC_EXPORT: '1' })
    delete env.NEXT_DIST_DIR
    const result = spawnSync(process.execPath, ['node_modules/next/dist/bin/next', 'build'], { stdio: 'inherit', env })
    if (result.status !== 0) return result.status ?? 1
    // With the App Router present, Next writes its not-found page (React and its runtime) as 404.html;
    // the document 404 (pages/not-found.tsx, no framework JavaScript) replaces it.
    installInExport(staticDir)
    const manifest = JSON.parse(readFileSync(join(scratch, 'prerender-manifest.json'), 'utf8')) as {
      routes: Record<string, { routeType?: string }>
    }
    return Object.entries(manifest.routes)
      .filter(([path]) => path !== '/_global-error' && !(notFoundRoutes as readonly string[]).includes(path))
      .map(([path, route]) => ({ path, kind: route.routeType === 'route' ? 'file' : 'page' }))
  } finally {
    if (existsSync(join(scratch, 'cache'))) renameSync(join(scratch, 'cache'), exportCache)
    rmSync(scratch, { recursive: true, force: true })
    if (hadBuild) renameSync(saved, scratch)
  }
}

const prerendered = exportSite()
if (typeof prerendered === 'number') process.exit(prerendered)
copyFileSync(join('deploy', '_headers'), join(staticDir, '_headers'))
copyFileSync(join('deploy', '_redirects'), join(staticDir, '_redirects'))
// Old page addresses (redirectFrom): a page at each that moves on, laid out as the export lays
// out pages (/old is out/old.html), for hosts that read neither _redirects nor nginx.conf.
const redirects = readRedirects()
const siteUrl = readSiteUrl()
writeFileSync(join(staticDir, movedScriptPath.slice(1)), movedScript)
for (const redirect of redirects) {
  const file = outputFile({ path: redirect.from, kind: 'page' })
  if (existsSync(file)) {
    console.error(`\nThe redirect from ${redirect.from} would replace a page the export wrote (${file}).`)
    process.exit(1)
  }
  writeFileSync(file, movedPage(redirect, siteUrl))
}
const expected = [
  ...prerendered.map(outputFile),
  join(staticDir, '404.html'),
  join(staticDir, '_headers'),
  join(staticDir, '_redirects'),
]
const missing = expected.filter((file) => !existsSync(file))
if (missing.length > 0) {
  console.error(`\nThe static export is incomplete: ${missing.join(', ')} missing.`)
  process.exit(1)
}
console.log(
  `\nStatic site written to ${staticDir}/ (${prerendered.length} pages and files): serve it with \`npm run serve:static\` or any static file server.`,
)
