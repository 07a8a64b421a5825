import { ImageResponse } from 'next/og'
import { loadOgFonts } from '@/lib/og/fonts'
import { ogImageSize } from '@/lib/og/size'

export { ogImageAlt } from '@/lib/og/size'
import { OgCard } from './OgCard'

export type OgImageProps = { title: string; eyebrow: string; clinicName: string }

/** The PNG preview for one page; the opengraph-image routes call this at build. */
export async function renderOgImage(props: OgImageProps) {
  return new ImageResponse(<OgCard {...props} />, { ...ogImageSize, fonts: await loadOgFonts() })
}
