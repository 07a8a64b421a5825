// What a link pasted into WhatsApp or email, or found by a search engine, shows: every page's head
// tags, its preview image, its JSON-LD, and the sitemap, robots and manifest files.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest'
import { getContent } from '@/lib/content'
import { locales } from '@/lib/i18n/locales'
import { isPreviewImagePath } from '@/lib/i18n/translated-pages'
import { alternatesOf } from '@/lib/metadata/page'
import { listPages } from '@/lib/pages/directory'
import { absoluteUrl } from '@/lib/site/contact'
import { desktop, launchBrowser } from '@/tests/support/browser/browser'

const baseUrl = inject('baseUrl')
const content = getContent()
const { site } = content
const pages = listPages(content)
// Every public page in every language: the sitemap lists them all.
const allPages = locales.flatMap((locale) => listPages(getContent(locale)))
let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

/** The public address points at the clinic's domain; fetch the same path from the test server. */
const local = (url: string) => {
  const parsed = new URL(url)
  return `${baseUrl}${parsed.pathname}${parsed.search}`
}

const meta = (page: Page, selector: string) => page.locator(`head ${selector}`).first().getAttribute('content')

async function jsonLdBlocks(page: Page): Promise<Record<string, unknown>[]> {
  const texts = await page.locator('script[type="application/ld+json"]').allTextContents()
  return texts.map((text) => JSON.parse(text) as Record<string, unknown>)
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]
  expect([...bytes.slice(0, 8)]).toEqual(signature)
  const view = new DataView(bytes.buffer, bytes.byteOffset)
  return { width: view.getUint32(16), height: view.getUint32(20) }
}

describe.each(pages.map((page) => [page.path, page] as const))('%s', (path, sitePage) => {
  let page: Page
  beforeAll(async () => {
    const context = await browser.newContext(desktop)
    page = await context.newPage()
    const response = await page.goto(`${baseUrl}${path}`)
    expect(response?.status()).toBe(200)
  })
  afterAll(async () => {
    await page.context().close()
  })

  test('has its title, description, canonical URL, Open Graph and Twitter tags', async () => {
    const url = absoluteUrl(site, path)
    const fullTitle = `${sitePage.title} | ${site.name}`
    expect(await page.title()).toBe(fullTitle)
    expect(await meta(page, 'meta[name="description"]')).toBe(sitePage.description)
    // Next writes the root as "https://host" without its slash: the same address.
    const normalised = (href: string | null) => (href ? new URL(href).href : href)
    expect(normalised(await page.locator('head link[rel="canonical"]').getAttribute('href'))).toBe(url)
    expect(normalised(await meta(page, 'meta[property="og:url"]'))).toBe(url)
    expect(await meta(page, 'meta[property="og:title"]')).toBe(fullTitle)
    expect(await meta(page, 'meta[property="og:description"]')).toBe(sitePage.description)
    expect(await meta(page, 'meta[property="og:site_name"]')).toBe(site.name)
    expect(await meta(page, 'meta[property="og:type"]')).toBe(sitePage.kind === 'article' ? 'article' : 'website')
    expect(await meta(page, 'meta[name="twitter:card"]')).toBe('summary_large_image')
    expect(await page.locator('html').getAttribute('lang')).toBe('en-GB')
    expect(await page.locator('head meta[name="robots"]').count()).toBe(0)
  })

  test('has an og:image that answers a 1200x630 PNG, with alt text', async () => {
    const image = await meta(page, 'meta[property="og:image"]')
    expect(image).toMatch(new RegExp(`^${site.url.replace(/\./g, '\\.')}/`))
    expect(await meta(page, 'meta[property="og:image:width"]')).toBe('1200')
    expect(await meta(page, 'meta[property="og:image:height"]')).toBe('630')
    expect((await meta(page, 'meta[property="og:image:alt"]'))?.length).toBeGreaterThan(10)
    const response = await fetch(local(image!))
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('image/png')
    expect(pngSize(new Uint8Array(await response.arrayBuffer()))).toEqual({ width: 1200, height: 630 })
  })

  test('has JSON-LD that parses, with the properties its type requires', async () => {
    const blocks = await jsonLdBlocks(page)
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
  test('sitemap.xml lists every public page in every language, dated by its review, with its other languages', async () => {
    const response = await fetch(`${baseUrl}/sitemap.xml`)
    expect(response.status).toBe(200)
    const xml = await response.text()
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
    for (const entry of entries) expect((await fetch(local(entry.loc!))).status, entry.loc).toBe(200)
  })

  test('the sitemap matches the pages the build prerendered, leaving out only noindex pages', async () => {
    // An independent list: what Next itself prerendered, minus its own files, images and metadata routes.
    const manifest = JSON.parse(
      readFileSync(join(process.env.NEXT_DIST_DIR ?? '.next', 'prerender-manifest.json'), 'utf8'),
    ) as { routes: Record<string, unknown> }
    const built = Object.keys(manifest.routes).filter(
      (route) => !route.startsWith('/_') && !route.includes('.') && !isPreviewImagePath(route),
    )
    const indexable: string[] = []
    for (const route of built) {
      const html = await (await fetch(`${baseUrl}${route}`)).text()
      if (!/<meta name="robots" content="[^"]*noindex/.test(html)) indexable.push(route)
    }
    const xml = await (await fetch(`${baseUrl}/sitemap.xml`)).text()
    const listed = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc]) => new URL(loc!).pathname)
    expect(listed.sort()).toEqual(indexable.sort())
  })

  test('robots.txt allows crawling and points to the sitemap', async () => {
    const text = await (await fetch(`${baseUrl}/robots.txt`)).text()
    expect(text).toMatch(/User-Agent: \*\s+Allow: \//i)
    expect(text).toContain(`Sitemap: ${site.url}/sitemap.xml`)
  })

  test('the web app manifest names the clinic and its icons all load', async () => {
    const context = await browser.newContext(desktop)
    const page = await context.newPage()
    await page.goto(baseUrl)
    const manifestHref = await page.locator('link[rel="manifest"]').getAttribute('href')
    const manifest = (await (await fetch(`${baseUrl}${manifestHref}`)).json()) as {
      name: string
      short_name: string
      icons: { src: string; type: string }[]
    }
    expect(manifest).toMatchObject({ name: site.name, short_name: site.shortName, start_url: '/' })
    for (const icon of manifest.icons) {
      const response = await fetch(`${baseUrl}${icon.src}`)
      expect(response.status, icon.src).toBe(200)
      expect(response.headers.get('content-type'), icon.src).toContain(icon.type)
    }
    for (const rel of ['icon', 'apple-touch-icon']) {
      const href = await page.locator(`head link[rel="${rel}"]`).first().getAttribute('href')
      expect((await fetch(`${baseUrl}${href}`)).status, rel).toBe(200)
    }
    await context.close()
  })
})
