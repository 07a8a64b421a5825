import type { PageConfig } from 'next'
import { PrivacyPage } from '@/components/documents/PrivacyPage'
import { privacyStaticProps } from '@/lib/pages/contact-page'

// The privacy notice in Hindi (/hi/privacy): no framework JavaScript.
export const config: PageConfig = { unstable_runtimeJS: false }

export const getStaticProps = privacyStaticProps('hi')

export default PrivacyPage
