// First-load JavaScript per route, from a production build: the scripts each prerendered page's HTML
// loads (what a browser downloads before the page can respond), gzipped at level 9. Scripts every page
// loads are the shared part (Next's runtime, React and the root layout); the rest is the route's own.
// Used by `npm run bench:js` and the JavaScript budget test.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

export type Script = { file: string; bytes: number; gzipBytes: number }

export type RouteJs = {
  /** The address, e.g. "/aftercare"; "/_not-found" is the 404 page. */
  route: string
  totalGzipBytes: number
  ownGzipBytes: number
  own: Script[]
}

export type FirstLoadJs = { shared: Script[]; sharedGzipBytes: number; routes: RouteJs[] }

export const notFoundRoute = '/_not-found'

export const distDir = () => process.env.NEXT_DIST_DIR ?? '.next'

/** Prerendered pages, from Next's prerender manifest (route handlers such as images are not pages). */
export function prerenderedPages(dir = distDir()): string[] {
  const manifest = JSON.parse(readFileSync(join(dir, 'prerender-manifest.json'), 'utf8')) as {
    routes: Record<string, { routeType?: string }>
  }
  return Object.entries(manifest.routes)
    .filter(([route, entry]) => entry.routeType === 'page' && route !== '/_global-error')
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

const sum = (scripts: Script[]) => scripts.reduce((total, script) => total + script.gzipBytes, 0)

export function measureFirstLoadJs(dir = distDir()): FirstLoadJs {
  const sizes = new Map<string, Script>()
  const sizeOf = (src: string): Script => {
    let script = sizes.get(src)
    if (!script) {
      if (!src.startsWith('/_next/')) throw new Error(`Unexpected script ${src}: only the build's own files are measured`)
      const content = readFileSync(join(dir, src.slice('/_next/'.length).split('?')[0]!))
      script = { file: src, bytes: content.length, gzipBytes: gzipSync(content, { level: 9 }).length }
      sizes.set(src, script)
    }
    return script
  }
  const pages = prerenderedPages(dir).map((route) => {
    const html = readFileSync(join(dir, 'server', 'app', `${route === '/' ? 'index' : route.slice(1)}.html`), 'utf8')
    return { route, scripts: scriptsInHtml(html).map(sizeOf) }
  })
  if (pages.length === 0) throw new Error(`No prerendered pages in ${dir}: run the production build first`)
  const shared = pages[0]!.scripts.filter((script) => pages.every((page) => page.scripts.includes(script)))
  const routes = pages.map(({ route, scripts }) => {
    const own = scripts.filter((script) => !shared.includes(script))
    return { route, totalGzipBytes: sum(scripts), ownGzipBytes: sum(own), own }
  })
  return { shared, sharedGzipBytes: sum(shared), routes }
}

/** Bytes as kilobytes (1 KB = 1024 bytes) with one decimal, e.g. "37.8". */
export const kb = (bytes: number) => (bytes / 1024).toFixed(1)
