import type { PageConfig } from 'next'
import { ArticlePage } from '@/components/documents/ArticlePage'
import { articleStaticPaths, articleStaticProps } from '@/lib/pages/article-page'

// A document in Hindi (/hi/aftercare, /hi/glossary, …): the same page as the English, in Hindi words.
export const config: PageConfig = { unstable_runtimeJS: false }

export const getStaticPaths = articleStaticPaths('hi')
export const getStaticProps = articleStaticProps('hi')

export default ArticlePage
