import type { PageConfig } from 'next'
import { StaffLinksPage } from '@/components/links/StaffLinksPage'
import { linksStaticProps } from '@/lib/pages/links-page'

// For clinic staff: the English pages' links. Prerendered HTML with one island, the message builder.
export const config: PageConfig = { unstable_runtimeJS: false }

export const getStaticProps = linksStaticProps('en')

export default StaffLinksPage
