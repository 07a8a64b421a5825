import { notFound } from 'next/navigation'
import { renderOgImage } from '@/components/og/renderOgImage'
import { getArticle, getArticles, getSite } from '@/lib/content'

export { alt, contentType, size } from '@/app/_og/image-route'
export const dynamic = 'force-static' // the static export (npm run build:static) needs it said
export const dynamicParams = false

export function generateStaticParams() {
  return getArticles().map((article) => ({ slug: article.slug }))
}

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const article = getArticle((await params).slug)
  if (!article) notFound()
  return renderOgImage({ title: article.title, eyebrow: 'Scalp micropigmentation', clinicName: getSite().name })
}
