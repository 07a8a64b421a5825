import type { PageConfig } from 'next'
import { NotFoundPage } from '@/components/documents/NotFoundPage'
import { notFoundStaticProps } from '@/lib/pages/home-page'

// The Hindi 404 page, a document: scripts/documents/install-not-found.ts writes its HTML as out/hi/404.html, the
// answer to unknown /hi/… addresses (out/_redirects, deploy/nginx.conf), and removes its own address.
export const config: PageConfig = { unstable_runtimeJS: false }

export const getStaticProps = notFoundStaticProps('hi')

export default NotFoundPage
