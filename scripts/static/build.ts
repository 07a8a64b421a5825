// `npm run build` (after the content step, its prebuild): the whole site as static files in out/, the one
// production build. `npm start`, the tests and every host serve this folder. It runs Next's static export,
// puts the document 404 pages in place, writes the hosts' rule files from lib/deploy/ (out/_headers,
// out/_redirects, and out/_redirects.map for deploy/nginx.conf) and a page at each old address for a host that
// reads none of them, then checks that every page and file Next prerendered is there.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { movedPage, movedScript, movedScriptPath, readRedirects, readSiteUrl } from '../../lib/content/redirects'
import { isExtensionlessImage, renderHeadersFile, siteHeaderRules } from '../../lib/deploy/headers-file'
import { nginxRedirectMapFile, renderNginxRedirectMap } from '../../lib/deploy/nginx-conf'
import { renderRedirectsFile, siteRedirectRules } from '../../lib/deploy/redirects-file'
import { notFoundRoutes } from '../../lib/security/page-kinds'
import { installInExport } from '../documents/install-not-found'
import { nextEnv } from '../lib/next-env'
import { hostFiles, staticDir } from './lib/static-server'

type Prerendered = { path: string; kind: 'page' | 'file' }

/** The file a static host serves for a path: /aftercare → out/aftercare.html, /icon.svg → out/icon.svg. */
function outputFile({ path, kind }: Prerendered): string {
  if (kind === 'file') return join(staticDir, path)
  return join(staticDir, path === '/' ? 'index.html' : `${path.slice(1)}.html`)
}

/** Runs the export; returns what Next prerendered (from its manifest), or the exit code of a failed build. */
function exportSite(): Prerendered[] | number {
  const result = spawnSync(process.execPath, ['node_modules/next/dist/bin/next', 'build'], {
    stdio: 'inherit',
    env: nextEnv(),
  })
  if (result.status !== 0) return result.status ?? 1
  // With the App Router present, Next writes its not-found page (React and its runtime) as 404.html;
  // the document 404 (pages/not-found.tsx, no framework JavaScript) replaces it.
  installInExport(staticDir)
  const manifest = JSON.parse(readFileSync(join('.next', 'prerender-manifest.json'), 'utf8')) as {
    routes: Record<string, { routeType?: string }>
  }
  return Object.entries(manifest.routes)
    .filter(([path]) => path !== '/_global-error' && !(notFoundRoutes as readonly string[]).includes(path))
    .map(([path, route]) => ({ path, kind: route.routeType === 'route' ? 'file' : 'page' }))
}

const prerendered = exportSite()
if (typeof prerendered === 'number') process.exit(prerendered)
const redirects = readRedirects()
const files = prerendered.filter((entry) => entry.kind === 'file').map((entry) => entry.path)
writeFileSync(
  join(staticDir, hostFiles.headers),
  renderHeadersFile(siteHeaderRules(files.filter(isExtensionlessImage))),
)
writeFileSync(join(staticDir, hostFiles.redirects), renderRedirectsFile(siteRedirectRules(redirects)))
writeFileSync(join(staticDir, nginxRedirectMapFile), renderNginxRedirectMap(redirects))
// Old page addresses (redirectFrom): a page at each that moves on, laid out as the export lays out pages
// (/old is out/old.html), for hosts that read neither _redirects nor nginx.conf (an object store).
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
  ...Object.values(hostFiles).map((file) => join(staticDir, file)),
]
const missing = expected.filter((file) => !existsSync(file))
if (missing.length > 0) {
  console.error(`\nThe static export is incomplete: ${missing.join(', ')} missing.`)
  process.exit(1)
}
console.log(
  `\nStatic site written to ${staticDir}/ (${prerendered.length} pages and files): \`npm start\` serves it as a host would.`,
)
