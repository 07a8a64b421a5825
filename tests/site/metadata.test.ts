// What a link pasted into WhatsApp or email, or found by a search engine, shows: every page's head tags, its
// preview image, its JSON-LD, and the sitemap, robots and manifest files, read from the static build's files
// (out/), no browser needed.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { getContent } from '@/lib/content'
import { isMovedPage } from '@/lib/content/redirects'
import { locales } from '@/lib/i18n/locales'
import { alternatesOf } from '@/lib/metadata/page'
import { listPages } from '@/lib/pages/directory'
import { absoluteUrl } from '@/lib/site/contact'
import { staticDir } from '@/scripts/static/lib/static-server'
import { htmlFiles, pageDocument, pageFile, sitemapPaths } from '@/tests/support/site/built-pages'
import { routeOfFile } from '@/scripts/bench/lib/first-load-js'

const content = getContent()
const { site } = content
const pages = listPages(content)
// Every public page in every language: the sitemap lists them all.
const allPages = locales.flatMap((locale) => listPages(getContent(locale)))

/** A file of the build for a public address or a path (/robots.txt → out/robots.txt). */
const outFile = (url: string) => join(staticDir, new URL(url, site.url).pathname)

const meta = (document: Document, selector: string) =>
  document.head.querySelector(selector)?.getAttribute('content') ?? null

const jsonLdBlocks = (document: Document): Record<string, unknown>[] =>
  [...document.querySelectorAll('script[type="application/ld+json"]')].map(
    (script) => JSON.parse(script.textContent ?? '') as Record<string, unknown>,
  )

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]
  expect([...bytes.slice(0, 8)]).toEqual(signature)
  const view = new DataView(bytes.buffer, bytes.byteOffset)
  return { width: view.getUint32(16), height: view.getUint32(20) }
}

describe.each(pages.map((page) => [page.path, page] as const))('%s', (path, sitePage) => {
  const page = pageDocument(pageFile(path))

  test('has its title, description, canonical URL, Open Graph and Twitter tags', () => {
    const url = absoluteUrl(site, path)
    const fullTitle = `${sitePage.title} | ${site.name}`
    expect(page.title).toBe(fullTitle)
    expect(meta(page, 'meta[name="description"]')).toBe(sitePage.description)
    // Next writes the root as "https://host" without its slash: the same address.
    const normalised = (href: string | null) => (href ? new URL(href).href : href)
    expect(normalised(page.head.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null)).toBe(url)
    expect(normalised(meta(page, 'meta[property="og:url"]'))).toBe(url)
    expect(meta(page, 'meta[property="og:title"]')).toBe(fullTitle)
    expect(meta(page, 'meta[property="og:description"]')).toBe(sitePage.description)
    expect(meta(page, 'meta[property="og:site_name"]')).toBe(site.name)
    expect(meta(page, 'meta[property="og:type"]')).toBe(sitePage.kind === 'article' ? 'article' : 'website')
    expect(meta(page, 'meta[name="twitter:card"]')).toBe('summary_large_image')
    expect(page.documentElement.getAttribute('lang')).toBe(content.region.locale)
    expect(page.head.querySelectorAll('meta[name="robots"]')).toHaveLength(0)
  })

  test('has an og:image that is a 1200x630 PNG, with alt text', () => {
    const image = meta(page, 'meta[property="og:image"]')
    expect(image).toMatch(new RegExp(`^${site.url.replace(/\./g, '\\.')}/`))
    expect(meta(page, 'meta[property="og:image:width"]')).toBe('1200')
    expect(meta(page, 'meta[property="og:image:height"]')).toBe('630')
    expect(meta(page, 'meta[property="og:image:alt"]')?.length).toBeGreaterThan(10)
    expect(pngSize(new Uint8Array(readFileSync(outFile(image!))))).toEqual({ width: 1200, height: 630 })
  })

  test('has JSON-LD that parses, with the properties its type requires', () => {
    const blocks = jsonLdBlocks(page)
    for (const block of blocks) expect(block['@context']).toBe('https://schema.org')
    const ofType = (type: string) => blocks.filter((block) => block['@type'] === type)

    if (path === '/') {
      expect(ofType('BreadcrumbList')).toHaveLength(0)
      expect(ofType('MedicalClinic')[0]).toMatchObject({ name: site.name, telephone: site.phone })
    } else {
      const [breadcrumbs] = ofType('BreadcrumbList') as {
        itemListElement: { position: number; name: string; item: string }[]
      }[]
      expect(breadcrumbs, 'BreadcrumbList').toBeDefined()
      const items = breadcrumbs!.itemListElement
      expect(items.map((item) => item.position)).toEqual(items.map((_, index) => index + 1))
      expect(items[0]).toMatchObject({ name: 'Home', item: `${site.url}/` })
      expect(items.at(-1)?.item).toBe(absoluteUrl(site, path))
    }

    if (sitePage.kind === 'article') {
      const [medical] = ofType('MedicalWebPage')
      expect(medical).toMatchObject({
        url: absoluteUrl(site, path),
        name: sitePage.title,
        lastReviewed: sitePage.lastReviewed,
        about: {
          '@type': 'MedicalProcedure',
          procedureType: 'https://schema.org/NoninvasiveProcedure',
          bodyLocation: 'Scalp',
        },
        audience: 'https://schema.org/Patient',
        publisher: {
          '@type': 'MedicalClinic',
          name: site.name,
          telephone: site.phone,
          address: { '@type': 'PostalAddress' },
        },
      })
    }
    if (sitePage.kind === 'faq') {
      const [faqPage] = ofType('FAQPage') as { mainEntity: unknown[] }[]
      expect(faqPage?.mainEntity).toHaveLength(content.faqs.length)
    }
  })
})

describe('files for search engines and home screens', () => {
  test('sitemap.xml lists every public page in every language, dated by its review, with its other languages', () => {
    const xml = readFileSync(outFile('/sitemap.xml'), 'utf8')
    const entries = [...xml.matchAll(/<url>([\s\S]*?)<\/url>/g)].map(([, block]) => ({
      loc: /<loc>([^<]+)<\/loc>/.exec(block!)?.[1],
      lastmod: /<lastmod>([^<]+)<\/lastmod>/.exec(block!)?.[1],
      alternates: Object.fromEntries(
        [...block!.matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map(([, l, h]) => [
          l,
          h,
        ]),
      ),
    }))
    expect(entries.map((entry) => entry.loc).sort()).toEqual(
      allPages.map((page) => absoluteUrl(site, page.path)).sort(),
    )
    for (const page of allPages) {
      const entry = entries.find((e) => e.loc === absoluteUrl(site, page.path))
      expect(entry?.lastmod, page.path).toBe(page.lastReviewed)
      const { 'x-default': _default, ...languages } = alternatesOf(site, page.path)
      expect(entry?.alternates, page.path).toEqual(languages)
    }
    // Every listed page really exists.
    for (const entry of entries) expect(existsSync(pageFile(new URL(entry.loc!).pathname)), entry.loc).toBe(true)
  })

  test('the sitemap lists every page the build wrote but the noindex pages, the 404 pages and moved addresses', () => {
    // An independent list: every HTML file in out/.
    const indexable = htmlFiles()
      .filter((file) => {
        const html = readFileSync(file, 'utf8')
        return !isMovedPage(html) && !/<meta name="robots" content="[^"]*noindex/.test(html)
      })
      .map((file) => routeOfFile(staticDir, file))
      .filter((route) => !route.endsWith('/404'))
    const xml = readFileSync(outFile('/sitemap.xml'), 'utf8')
    expect(sitemapPaths(xml).sort()).toEqual(indexable.sort())
  })

  test('robots.txt allows crawling and points to the sitemap', () => {
    const text = readFileSync(outFile('/robots.txt'), 'utf8')
    expect(text).toMatch(/User-Agent: \*\s+Allow: \//i)
    expect(text).toContain(`Sitemap: ${site.url}/sitemap.xml`)
  })

  test('the web app manifest names the clinic and its icons all exist', () => {
    const home = pageDocument(pageFile('/'))
    const manifestHref = home.querySelector('link[rel="manifest"]')?.getAttribute('href')
    const manifest = JSON.parse(readFileSync(outFile(manifestHref!), 'utf8')) as {
      name: string
      short_name: string
      icons: { src: string; type: string }[]
    }
    expect(manifest).toMatchObject({ name: site.name, short_name: site.shortName, start_url: '/' })
    for (const icon of manifest.icons) {
      expect(existsSync(outFile(icon.src)), icon.src).toBe(true)
      expect(icon.type, icon.src).toBe(icon.src.split('?')[0]!.endsWith('.svg') ? 'image/svg+xml' : 'image/png')
    }
    for (const rel of ['icon', 'apple-touch-icon']) {
      const href = home.head.querySelector(`link[rel="${rel}"]`)?.getAttribute('href')
      expect(existsSync(outFile(href!)), rel).toBe(true)
    }
  })
})
