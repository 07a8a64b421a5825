import type { PageConfig } from 'next'
import { NotFoundPage } from '@/components/documents/NotFoundPage'
import { notFoundStaticProps } from '@/lib/pages/home-page'

// The Hindi 404 page, a document: the integrator installs its HTML as the answer to unknown /hi/… addresses
// (as scripts/documents/install-not-found.ts does for pages/not-found.tsx). Its own address answers 404 too.
export const config: PageConfig = { unstable_runtimeJS: false }

export const getStaticProps = notFoundStaticProps('hi')

export default NotFoundPage
