import type { PageConfig } from 'next'
import { SearchPage } from '@/components/search/SearchPage'
import { searchStaticProps } from '@/lib/pages/search-page'

// A document: no framework JavaScript; searching is enhance/search/, a script of its own for this page only.
export const config: PageConfig = { unstable_runtimeJS: false }

export const getStaticProps = searchStaticProps('en')

export default SearchPage
