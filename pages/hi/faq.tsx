import type { PageConfig } from 'next'
import { FaqPage } from '@/components/documents/FaqPage'
import { faqStaticProps } from '@/lib/pages/faq-page'

// The FAQ in Hindi (/hi/faq): no framework JavaScript; the search box and deep links are enhance/faq.ts.
export const config: PageConfig = { unstable_runtimeJS: false }

export const getStaticProps = faqStaticProps('hi')

export default FaqPage
