import type { PageConfig } from 'next'
import { NotFoundPage } from '@/components/documents/NotFoundPage'
import { notFoundStaticProps } from '@/lib/pages/home-page'

// The 404 page, a document: no framework JavaScript. Not pages/404.tsx: with the App Router present Next
// answers unknown addresses with the App Router's not-found page and copies it over pages/404.html, so
// scripts/documents/install-not-found.ts puts this page's HTML in both places and in out/404.html
// (see README, "Static hosting"). Its own address, /not-found, answers 404 (next.config.ts).
export const config: PageConfig = { unstable_runtimeJS: false }

export const getStaticProps = notFoundStaticProps('en')

export default NotFoundPage
