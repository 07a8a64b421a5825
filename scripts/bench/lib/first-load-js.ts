// First-load JavaScript per route, from the static build in out/: the scripts each page's HTML loads and the
// modules it preloads (what a browser downloads before the page can respond), and the inline scripts it runs,
// gzipped at level 9, beside the HTML's own size. Two kinds of page (README, "Folders"):
// - documents (the home page, the FAQ, every article, the 404 page): only the small enhancement script
//   (enhance/, /assets/enhance-*.js);
// - tools (lib/security/page-kinds.ts lists their addresses): the enhancements and their island's modules
//   (/assets/islands/: its entry and the chunks it imports, React among them).
// Next's runtime (anything under /_next/) and inline code should be on no page: they are counted apart, so a
// page that gains them shows (and fails its budget). The kind comes from the addresses, not from the HTML.
// Used by `npm run bench:js` and the JavaScript budget test.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import { gzipSync } from 'node:zlib'
import { isMovedPage } from '../../../lib/content/redirects'
import { pageKindOf, type PageKind } from '../../../lib/security/page-kinds'

export type Script = { file: string; bytes: number; gzipBytes: number }
export type { PageKind }

export type RouteJs = {
  /** The address, e.g. "/aftercare"; "/_not-found" is the 404 page. */
  route: string
  kind: PageKind
  /** The HTML file, relative to the repository. */
  file: string
  /** Next's runtime: any file under /_next/ (none is expected). */
  framework: Script[]
  frameworkGzipBytes: number
  /** Inline scripts other than JSON-LD data (none is expected). */
  inlineCount: number
  inlineGzipBytes: number
  /** The enhancement script every page loads. */
  enhancements: Script[]
  /** A tool's island: its entry and the modules it preloads (React included). */
  island: Script[]
  islandGzipBytes: number
  /** Everything above. */
  totalGzipBytes: number
  htmlBytes: number
  htmlGzipBytes: number
}

export type FirstLoadJs = {
  /** The island modules every tool loads (React and what the islands share). */
  shared: Script[]
  sharedGzipBytes: number
  routes: RouteJs[]
}

/** The 404 page's route: out/404.html. */
export const notFoundRoute = '/404'

/** The folder the static build wrote; OUT_DIR picks another (e.g. another checkout's out/). */
export const outDir = () => process.env.OUT_DIR ?? 'out'

/** Every HTML file under a build folder (not Next's own files under _next/). */
export function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return entry.name === '_next' ? [] : htmlFiles(path)
    return entry.name.endsWith('.html') ? [path] : []
  })
}

/** The route of a page's file: out/index.html is /, out/hi/aftercare.html is /hi/aftercare. */
export function routeOfFile(dir: string, file: string): string {
  const route = `/${relative(dir, file)
    .split(sep)
    .join('/')
    .replace(/\.html$/, '')}`
  return route === '/index' ? '/' : route.replace(/\/index$/, '')
}

/** The page's file of a route: / is out/index.html, /hi/aftercare is out/hi/aftercare.html. */
export const pageHtmlFile = (route: string, dir = outDir()) =>
  join(dir, `${route === '/' ? 'index' : route.slice(1)}.html`)

/**
 * The site's pages in the static build, the 404 pages included (/404, /hi/404), and not the pages that only
 * move an old address on.
 */
export function prerenderedPages(dir = outDir()): string[] {
  if (!existsSync(join(dir, 'index.html'))) throw new Error(`No static build in ${dir}/: run \`npm run build\` first`)
  return htmlFiles(dir)
    .filter((file) => !isMovedPage(readFileSync(file, 'utf8')))
    .map((file) => routeOfFile(dir, file))
    .sort()
}

/** The scripts a page's HTML loads, in order. `nomodule` scripts (a polyfill old browsers only) are left out. */
export function scriptsInHtml(html: string): string[] {
  const scripts = [...html.matchAll(/<script\b([^>]*)>/gi)]
    .map((match) => match[1]!)
    .filter((attributes) => !/\bnomodule\b/i.test(attributes))
    .map((attributes) => /\bsrc="([^"]+)"/.exec(attributes)?.[1])
    .filter((src): src is string => src !== undefined)
  return [...new Set(scripts)]
}

/** The bodies of a page's inline scripts that are code, not JSON-LD data. */
export function inlineScripts(html: string): string[] {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter(([, attributes]) => !/\bsrc=/i.test(attributes!) && !/type="application\/(ld\+)?json"/i.test(attributes!))
    .map(([, , body]) => body!)
}

/** Script preloads (`<link rel="preload" as="script">`, `modulepreload`): code loaded by another door. */
export function scriptPreloads(html: string): string[] {
  return [...html.matchAll(/<link\b[^>]*>/gi)]
    .map((match) => match[0])
    .filter((tag) => /rel="modulepreload"/i.test(tag) || (/rel="preload"/i.test(tag) && /as="script"/i.test(tag)))
}

/** The modules a page preloads (an island's imports). */
export const preloadedModules = (html: string): string[] =>
  scriptPreloads(html)
    .map((tag) => /\bhref="([^"]+)"/.exec(tag)?.[1])
    .filter((href): href is string => href !== undefined)

const sum = (scripts: Script[]) => scripts.reduce((total, script) => total + script.gzipBytes, 0)
const gzip = (text: string | Buffer) => gzipSync(text, { level: 9 }).length

export function measureFirstLoadJs(dir = outDir()): FirstLoadJs {
  const sizes = new Map<string, Script>()
  const sizeOf = (src: string): Script => {
    let script = sizes.get(src)
    if (!script) {
      const path = src.split('?')[0]!
      if (!path.startsWith('/_next/') && !path.startsWith('/assets/'))
        throw new Error(`Unexpected script ${src}: only the build's own files are measured`)
      const file = join(dir, path)
      const content = readFileSync(file)
      script = { file: src, bytes: content.length, gzipBytes: gzip(content) }
      sizes.set(src, script)
    }
    return script
  }
  const pages = prerenderedPages(dir).map((route) => {
    const kind = pageKindOf(route)
    const file = pageHtmlFile(route, dir)
    const html = readFileSync(file, 'utf8')
    const scripts = [...new Set([...scriptsInHtml(html), ...preloadedModules(html)])].map(sizeOf)
    return { route, kind, file, html, scripts }
  })
  if (pages.length === 0) throw new Error(`No pages in ${dir}: run \`npm run build\` first`)
  const isIsland = (script: Script) => script.file.startsWith('/assets/islands/')
  const tools = pages.filter((page) => page.kind === 'tool')
  const shared = (tools[0]?.scripts ?? []).filter(
    (script) => isIsland(script) && tools.every((page) => page.scripts.includes(script)),
  )
  const routes = pages.map(({ route, kind, file, html, scripts }): RouteJs => {
    const framework = scripts.filter((script) => script.file.startsWith('/_next/'))
    const island = scripts.filter(isIsland)
    const enhancements = scripts.filter((script) => !framework.includes(script) && !island.includes(script))
    const inline = inlineScripts(html)
    const inlineGzipBytes = inline.length === 0 ? 0 : gzip(inline.join('\n'))
    return {
      route,
      kind,
      file,
      framework,
      frameworkGzipBytes: sum(framework),
      inlineCount: inline.length,
      inlineGzipBytes,
      enhancements,
      island,
      islandGzipBytes: sum(island),
      totalGzipBytes: sum(scripts) + inlineGzipBytes,
      htmlBytes: Buffer.byteLength(html),
      htmlGzipBytes: gzip(html),
    }
  })
  return { shared, sharedGzipBytes: sum(shared), routes }
}

/** Bytes as kilobytes (1 KB = 1024 bytes) with one decimal, e.g. "37.8". */
export const kb = (bytes: number) => (bytes / 1024).toFixed(1)
