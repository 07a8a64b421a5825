import type { PageConfig } from 'next'
import { HomePage } from '@/components/documents/HomePage'
import { homeStaticProps } from '@/lib/pages/home-page'

// The home page in Hindi (/hi): prerendered HTML and CSS, no framework JavaScript.
export const config: PageConfig = { unstable_runtimeJS: false }

export const getStaticProps = homeStaticProps('hi')

export default HomePage
