// What holds for every page the build wrote (both languages, documents and tools, the 404 pages), read from the
// HTML files in out/ without a browser: one h1, the page's language, hreflang alternates in both directions, a
// canonical address, JSON-LD that parses, no framework runtime and no inline script on any page, documents with
// only the enhancement script (within its budget), and each tool with its island's script and props. A page
// added later is checked without editing this file.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { describe, expect, test } from 'vitest'
import { getContent } from '@/lib/content'
import { enhancementBudgetBytes, readEnhancementManifest } from '@/lib/enhance/bundle'
import { localeOfPath, stripLocale } from '@/lib/i18n/locales'
import { hasTranslation } from '@/lib/i18n/translated-pages'
import { alternatesOf } from '@/lib/metadata/page'
import { staticRoutes } from '@/lib/routes'
import { readSearchManifest } from '@/lib/search/bundle'
import { pageKindOf } from '@/lib/security/page-kinds'
import { inlineScripts, preloadedModules, scriptPreloads, scriptsInHtml } from '@/scripts/bench/lib/first-load-js'
import { staticDir } from '@/scripts/static/lib/static-server'
import { builtPages, pageDocument, pageFile } from '@/tests/support/site/built-pages'

const { site, region } = getContent()
const { pages, sitemap } = builtPages()
const runtimeBack =
  "Next's runtime is back on a page: check that pages/ still set `config = { unstable_runtimeJS: false }` and that this Next version honours it"
const { islands } = readEnhancementManifest()

/** The page's address: the 404 pages answer for any address in their language. */
const addressOf = (label: string, file: string) =>
  label === '404 page' ? '/404' : file.endsWith(join('hi', '404.html')) ? '/hi/404' : label

describe.each(pages.map((page) => [page.label, page] as const))('%s', (label, { file }) => {
  const path = addressOf(label, file)
  const document = pageDocument(file)
  const html = readFileSync(file, 'utf8')
  const locale = localeOfPath(path)

  test('one h1, the language of its address, a title and a description', () => {
    expect(document.querySelectorAll('h1')).toHaveLength(1)
    expect(document.documentElement.getAttribute('lang')).toBe(locale === 'en' ? region.locale : locale)
    expect(document.title.trim().length).toBeGreaterThan(5)
    expect(
      document.head.querySelector('meta[name="description"]')?.getAttribute('content')?.length ?? 0,
    ).toBeGreaterThan(20)
  })

  test('JSON-LD that parses', () => {
    for (const script of document.querySelectorAll('script[type="application/ld+json"]'))
      expect(() => JSON.parse(script.textContent ?? '')).not.toThrow()
  })

  test('no Next runtime, and no inline script but JSON-LD data', () => {
    expect(html.includes('self.__next_f') || html.includes('__NEXT_DATA__'), runtimeBack).toBe(false)
    expect(
      scriptsInHtml(html).filter((src) => src.startsWith('/_next/')),
      runtimeBack,
    ).toEqual([])
    expect(inlineScripts(html), 'inline scripts (only JSON-LD data may be inline)').toEqual([])
  })

  if (pageKindOf(path) === 'document') {
    test('HTML and CSS, and only the enhancement script (the search page its own too), within its budget', () => {
      const scripts = scriptsInHtml(html)
      // The search page (issue 25) loads its own script after the enhancements: the one the content step built.
      const own = stripLocale(path) === staticRoutes.search ? [readSearchManifest().script.src] : []
      expect(scriptPreloads(html), 'script preloads').toEqual([])
      expect(scripts, runtimeBack).toHaveLength(1 + own.length)
      expect(scripts.slice(1)).toEqual(own)
      expect(scripts[0]).toMatch(/^\/assets\/enhance-[\w]+\.js$/)
      expect(html).toContain(`<script type="module" src="${scripts[0]}"></script>`)
      const gzipBytes = gzipSync(readFileSync(join(staticDir, scripts[0]!)), { level: 9 }).length
      expect(gzipBytes, `enhancements: ${gzipBytes} bytes gzipped`).toBeLessThanOrEqual(enhancementBudgetBytes)
    })
  } else {
    test('a tool: one island, its props parse, and the page loads its entry and preloads exactly its imports', () => {
      const roots = document.querySelectorAll('[data-island]')
      expect(roots).toHaveLength(1)
      const name = roots[0]!.getAttribute('data-island')!
      expect(() => JSON.parse(roots[0]!.getAttribute('data-island-props') ?? '')).not.toThrow()
      const [entry, ...imports] = islands[name]!.files.map((file) => file.src)
      expect(scriptsInHtml(html)).toContain(entry)
      expect(html).toContain(`<script type="module" src="${entry}"></script>`)
      expect(preloadedModules(html).sort()).toEqual(imports.sort())
    })
  }

  if (sitemap.includes(path)) {
    test('its canonical address, and hreflang alternates that point back', () => {
      const canonical = document.head.querySelector('link[rel="canonical"]')?.getAttribute('href')
      expect(new URL(canonical ?? '').href).toBe(new URL(path, site.url).href)
      const alternates = Object.fromEntries(
        [...document.head.querySelectorAll('link[rel="alternate"][hreflang]')].map((link) => [
          link.getAttribute('hreflang'),
          new URL(link.getAttribute('href')!).href,
        ]),
      )
      const expected = Object.fromEntries(
        Object.entries(alternatesOf(site, path)).map(([hreflang, href]) => [hreflang, new URL(href).href]),
      )
      expect(alternates).toEqual(expected)
      if (!hasTranslation(path)) return
      // Each alternate names this page among its own alternates.
      for (const href of Object.values(expected)) {
        const other = pageDocument(pageFile(new URL(href).pathname))
        const back = [...other.head.querySelectorAll('link[rel="alternate"][hreflang]')].map(
          (link) => new URL(link.getAttribute('href')!).href,
        )
        expect(back, href).toContain(new URL(path, site.url).href)
      }
    })
  }
})
