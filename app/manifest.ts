import type { MetadataRoute } from 'next'
import { getRegion, getSite } from '@/lib/content'
import { fixedPages } from '@/lib/pages/directory'
import { brandColours } from '@/lib/site/brand'

export const dynamic = 'force-static'

export default function manifest(): MetadataRoute.Manifest {
  const site = getSite()
  return {
    name: site.name,
    short_name: site.shortName,
    description: fixedPages.home.description,
    lang: getRegion().locale,
    start_url: fixedPages.home.path,
    display: 'browser',
    background_color: '#ffffff',
    theme_color: brandColours.brand900,
    icons: [
      { src: '/icon.svg', sizes: 'any', type: 'image/svg+xml' },
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
    ],
  }
}
