// Every page's <head> (next/head) from the one head builder, lib/metadata/page.ts.
import Head from 'next/head'
import { headTags, notFoundHead, pageHead, type PageMetadataInput } from '@/lib/metadata/page'
import { localeOfPath } from '@/lib/i18n/locales'
import type { SiteSettings } from '@/lib/site/schema'

/** `notFound`: the 404 page's head (no canonical address, not indexed). */
export function DocumentHead({
  site,
  ...page
}: PageMetadataInput & { site: Pick<SiteSettings, 'name' | 'url' | 'countryCode'>; notFound?: boolean }) {
  const head = page.notFound ? notFoundHead(site, { ...page, locale: localeOfPath(page.path) }) : pageHead(site, page)
  return (
    <Head>
      {headTags(head, site).map((tag) => {
        switch (tag.tag) {
          case 'title':
            return <title key="title">{tag.text}</title>
          case 'meta': {
            const key = tag.name ?? tag.property!
            return <meta key={key} name={tag.name} property={tag.property} content={tag.content} />
          }
          case 'link':
            return (
              <link
                key={`${tag.rel}${tag.hrefLang ?? ''}`}
                rel={tag.rel}
                href={tag.href}
                hrefLang={tag.hrefLang}
                sizes={tag.sizes}
                type={tag.type}
              />
            )
        }
      })}
    </Head>
  )
}
