import type { PageConfig } from 'next'
import { ContactPage } from '@/components/documents/ContactPage'
import { contactStaticProps } from '@/lib/pages/contact-page'

// A document: no framework JavaScript.
export const config: PageConfig = { unstable_runtimeJS: false }

export const getStaticProps = contactStaticProps('en')

export default ContactPage
