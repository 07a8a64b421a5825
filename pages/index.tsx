import type { PageConfig } from 'next'
import { HomePage } from '@/components/documents/HomePage'
import { homeStaticProps } from '@/lib/pages/home-page'

// A document: prerendered HTML and CSS, no framework JavaScript (see README, "Folders").
export const config: PageConfig = { unstable_runtimeJS: false }

export const getStaticProps = homeStaticProps('en')

export default HomePage
