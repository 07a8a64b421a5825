import type { PageConfig } from 'next'
import { SelfCheckPage } from '@/components/self-check/SelfCheckPage'
import { selfCheckStaticProps } from '@/lib/pages/self-check-page'

// A page with an island: prerendered HTML; no framework runtime, only the island's own script (see README, "Folders").
export const config: PageConfig = { unstable_runtimeJS: false }

export const getStaticProps = selfCheckStaticProps('en')

export default SelfCheckPage
