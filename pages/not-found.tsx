import type { PageConfig } from 'next'
import { NotFoundPage } from '@/components/documents/NotFoundPage'
import { notFoundStaticProps } from '@/lib/pages/home-page'

// The 404 page, a document: no framework JavaScript. Not pages/404.tsx: with the App Router present Next
// writes the App Router's not-found page as out/404.html, so scripts/documents/install-not-found.ts puts this
// page's HTML there instead and removes its own address (see README, "Deploying").
export const config: PageConfig = { unstable_runtimeJS: false }

export const getStaticProps = notFoundStaticProps('en')

export default NotFoundPage
