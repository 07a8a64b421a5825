import { JsonLd } from '@/components/seo/JsonLd'
import { TextLink } from '@/components/ui/TextLink'
import type { Locale } from '@/lib/i18n/locales'
import { layoutWords } from '@/lib/i18n/words/layout'
import type { SiteSettings } from '@/lib/site/schema'
import { buildBreadcrumbList, type Crumb } from '@/lib/structured-data/breadcrumbs'

export type { Crumb }

/**
 * "Home › This page": where this page sits, for people who arrive from a shared link. The same trail
 * becomes the page's BreadcrumbList for search engines, so the two cannot disagree.
 */
export function Breadcrumbs({
  site,
  trail,
  locale,
}: {
  site: Pick<SiteSettings, 'name' | 'url'>
  trail: Crumb[]
  locale: Locale
}) {
  return (
    <nav aria-label={layoutWords[locale].breadcrumb} className="no-print mb-4 text-sm">
      <ol className="flex flex-wrap gap-x-2">
        {trail.map((crumb, index) => (
          <li key={crumb.href} className="flex gap-x-2">
            {index > 0 && <span aria-hidden="true">›</span>}
            {index === trail.length - 1 ? (
              <span aria-current="page">{crumb.label}</span>
            ) : (
              <TextLink href={crumb.href}>{crumb.label}</TextLink>
            )}
          </li>
        ))}
      </ol>
      <JsonLd data={buildBreadcrumbList(site, trail)} />
    </nav>
  )
}
