import type { PageConfig } from 'next'
import { SearchPage } from '@/components/search/SearchPage'
import { searchStaticProps } from '@/lib/pages/search-page'

// Search in Hindi (/hi/search): no framework JavaScript; searching is enhance/search/, with the Hindi index.
export const config: PageConfig = { unstable_runtimeJS: false }

export const getStaticProps = searchStaticProps('hi')

export default SearchPage
