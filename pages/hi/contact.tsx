import type { PageConfig } from 'next'
import { ContactPage } from '@/components/documents/ContactPage'
import { contactStaticProps } from '@/lib/pages/contact-page'

// The contact page in Hindi (/hi/contact): no framework JavaScript.
export const config: PageConfig = { unstable_runtimeJS: false }

export const getStaticProps = contactStaticProps('hi')

export default ContactPage
