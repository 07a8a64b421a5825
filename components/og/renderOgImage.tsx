import { ImageResponse } from 'next/og'
import { loadOgFonts } from '@/lib/og/fonts'
import { ogImageSize } from '@/lib/og/size'
import { OgCard } from './OgCard'

export type OgImageProps = { title: string; eyebrow: string; clinicName: string }

/** The PNG preview for one page; the opengraph-image routes call this at build. */
export async function renderOgImage(props: OgImageProps) {
  return new ImageResponse(<OgCard {...props} />, { ...ogImageSize, fonts: await loadOgFonts() })
}

/** The alt text of every preview image. */
export const ogImageAlt = (clinicName: string) => `${clinicName}: patient information about scalp micropigmentation`
