import type { PageConfig } from 'next'
import { PrivacyPage } from '@/components/documents/PrivacyPage'
import { privacyStaticProps } from '@/lib/pages/contact-page'

// A document: no framework JavaScript.
export const config: PageConfig = { unstable_runtimeJS: false }

export const getStaticProps = privacyStaticProps('en')

export default PrivacyPage
