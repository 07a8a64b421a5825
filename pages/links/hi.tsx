import type { PageConfig } from 'next'
import { StaffLinksPage } from '@/components/links/StaffLinksPage'
import { linksStaticProps } from '@/lib/pages/links-page'

// For clinic staff: the Hindi pages' links (/links/hi). Prerendered HTML with one island, the message builder.
export const config: PageConfig = { unstable_runtimeJS: false }

export const getStaticProps = linksStaticProps('hi')

export default StaffLinksPage
