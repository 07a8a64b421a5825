import type { PageConfig } from 'next'
import { SelfCheckPage } from '@/components/self-check/SelfCheckPage'
import { selfCheckStaticProps } from '@/lib/pages/self-check-page'

// The self-check in Hindi (/hi/self-check): the same page and island as the English.
export const config: PageConfig = { unstable_runtimeJS: false }

export const getStaticProps = selfCheckStaticProps('hi')

export default SelfCheckPage
