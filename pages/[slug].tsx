import type { PageConfig } from 'next'
import { ArticlePage } from '@/components/documents/ArticlePage'
import { articleStaticPaths, articleStaticProps } from '@/lib/pages/article-page'

// A document: prerendered HTML and CSS, no framework JavaScript (see README, "Folders").
export const config: PageConfig = { unstable_runtimeJS: false }

export const getStaticPaths = articleStaticPaths('en')
export const getStaticProps = articleStaticProps('en')

export default ArticlePage
