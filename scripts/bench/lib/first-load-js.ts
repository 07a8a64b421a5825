// First-load JavaScript per route, from a production build: the scripts each prerendered page's HTML
// loads (what a browser downloads before the page can respond) and the inline scripts it runs, gzipped
// at level 9, beside the HTML's own size. Two kinds of page (README, "Folders"):
// - documents (pages/: the home page, the FAQ, every article, the 404 page; lib/security/page-kinds.ts):
//   no framework JavaScript at all, only the small enhancement script (enhance/, under /assets/);
// - tools (app/): Next's runtime and React, shared by every tool (the "framework" part), plus the route's
//   own chunks.
// The kind comes from the content, not from the HTML, so a document that gains the runtime shows (and
// fails its budget) instead of being counted as a tool.
// Used by `npm run bench:js` and the JavaScript budget test.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { documentPaths, notFoundRoutes } from '../../../lib/security/page-kinds'

export type Script = { file: string; bytes: number; gzipBytes: number }
export type PageKind = 'document' | 'tool'

export type RouteJs = {
  /** The address, e.g. "/aftercare"; "/_not-found" is the 404 page. */
  route: string
  kind: PageKind
  /** The HTML file, relative to the repository. */
  file: string
  /** Next's runtime and React: the files every tool loads, and any other file under /_next/. */
  framework: Script[]
  frameworkGzipBytes: number
  /** Inline scripts other than JSON-LD data (Next's `self.__next_f` payload and bootstrap). */
  inlineCount: number
  inlineGzipBytes: number
  /** The route's own scripts: a tool's chunks beyond the shared ones, a document's enhancement script. */
  own: Script[]
  ownGzipBytes: number
  totalGzipBytes: number
  htmlBytes: number
  htmlGzipBytes: number
}

export type FirstLoadJs = { shared: Script[]; sharedGzipBytes: number; routes: RouteJs[] }

/** The 404 page as `next start` serves it (scripts/documents/install-not-found.ts puts the document there). */
export const notFoundRoute = '/_not-found'

export const distDir = () => process.env.NEXT_DIST_DIR ?? '.next'

/**
 * Prerendered pages, from Next's prerender manifest (route handlers such as images are not pages). The 404
 * page is one entry, /_not-found: /404 and /not-found hold the same document.
 */
export function prerenderedPages(dir = distDir()): string[] {
  const manifest = JSON.parse(readFileSync(join(dir, 'prerender-manifest.json'), 'utf8')) as {
    routes: Record<string, { routeType?: string }>
  }
  return Object.entries(manifest.routes)
    .filter(
      ([route, entry]) =>
        entry.routeType === 'page' &&
        route !== '/_global-error' &&
        (route === notFoundRoute || !(notFoundRoutes as readonly string[]).includes(route)),
    )
    .map(([route]) => route)
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

/** Script preloads (`<link rel="preload" as="script">`, `modulepreload`): framework code by another door. */
export function scriptPreloads(html: string): string[] {
  return [...html.matchAll(/<link\b[^>]*>/gi)]
    .map((match) => match[0])
    .filter((tag) => /rel="modulepreload"/i.test(tag) || (/rel="preload"/i.test(tag) && /as="script"/i.test(tag)))
}

/** The kind of a route, from the content (documents) and the 404 page's routes. */
export function pageKind(route: string, documents: readonly string[] = documentPaths()): PageKind {
  return documents.includes(route) || (notFoundRoutes as readonly string[]).includes(route) ? 'document' : 'tool'
}

/** A route's prerendered HTML: the Pages Router's in server/pages, the App Router's in server/app. */
export function pageHtmlFile(route: string, dir = distDir()): string {
  const name = `${route === '/' ? 'index' : route.slice(1)}.html`
  const pagesFile = join(dir, 'server', 'pages', name)
  return existsSync(pagesFile) ? pagesFile : join(dir, 'server', 'app', name)
}

const sum = (scripts: Script[]) => scripts.reduce((total, script) => total + script.gzipBytes, 0)
const gzip = (text: string | Buffer) => gzipSync(text, { level: 9 }).length

export function measureFirstLoadJs(dir = distDir()): FirstLoadJs {
  const sizes = new Map<string, Script>()
  const sizeOf = (src: string): Script => {
    let script = sizes.get(src)
    if (!script) {
      const path = src.split('?')[0]!
      let file: string
      if (path.startsWith('/_next/')) file = join(dir, path.slice('/_next/'.length))
      else if (path.startsWith('/assets/')) file = join('public', path)
      else throw new Error(`Unexpected script ${src}: only the build's own files are measured`)
      const content = readFileSync(file)
      script = { file: src, bytes: content.length, gzipBytes: gzip(content) }
      sizes.set(src, script)
    }
    return script
  }
  const documents = documentPaths()
  const pages = prerenderedPages(dir).map((route) => {
    const kind = pageKind(route, documents)
    const file = pageHtmlFile(route, dir)
    const html = readFileSync(file, 'utf8')
    return { route, kind, file, html, scripts: scriptsInHtml(html).map(sizeOf) }
  })
  if (pages.length === 0) throw new Error(`No prerendered pages in ${dir}: run the production build first`)
  const tools = pages.filter((page) => page.kind === 'tool')
  const shared = (tools[0]?.scripts ?? []).filter((script) => tools.every((page) => page.scripts.includes(script)))
  const routes = pages.map(({ route, kind, file, html, scripts }): RouteJs => {
    const isFramework = (script: Script) =>
      shared.includes(script) || (kind === 'document' && script.file.startsWith('/_next/'))
    const framework = scripts.filter(isFramework)
    const own = scripts.filter((script) => !isFramework(script))
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
      own,
      ownGzipBytes: sum(own),
      totalGzipBytes: sum(scripts) + inlineGzipBytes,
      htmlBytes: Buffer.byteLength(html),
      htmlGzipBytes: gzip(html),
    }
  })
  return { shared, sharedGzipBytes: sum(shared), routes }
}

/** Bytes as kilobytes (1 KB = 1024 bytes) with one decimal, e.g. "37.8". */
export const kb = (bytes: number) => (bytes / 1024).toFixed(1)
