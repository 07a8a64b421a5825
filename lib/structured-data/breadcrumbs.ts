// schema.org BreadcrumbList from the same trail the page shows as its breadcrumb links.
import type { BreadcrumbList, ListItem, WithContext } from 'schema-dts'
import { absoluteUrl } from '@/lib/site/contact'
import type { SiteSettings } from '@/lib/site/schema'

export type Crumb = { href: string; label: string }

export function buildBreadcrumbList(site: Pick<SiteSettings, 'url'>, trail: readonly Crumb[]) {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: trail.map(
      (crumb, index) =>
        ({
          '@type': 'ListItem',
          position: index + 1,
          name: crumb.label,
          item: absoluteUrl(site, crumb.href),
        }) as const satisfies ListItem,
    ),
  } as const satisfies WithContext<BreadcrumbList>
}
