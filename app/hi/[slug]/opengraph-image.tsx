import { notFound } from 'next/navigation'
import { altIn, articleImageRoute } from '@/app/_og/image-route'

export { contentType, size } from '@/app/_og/image-route'
export const alt = altIn('hi')
export const dynamic = 'force-static' // the static export (npm run build) needs it said
export const dynamicParams = false

const route = articleImageRoute('hi')
export const generateStaticParams = route.generateStaticParams

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  return (await route.image((await params).slug)) ?? notFound()
}
