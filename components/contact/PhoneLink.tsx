import { ContactLink } from '@/components/ui/ContactLink'

/** The clinic's number as a link that dials it (components/ui/ContactLink.tsx); `className` is its whole look. */
export function PhoneLink({ phone, className }: { phone: string; className?: string }) {
  return <ContactLink kind="phone" phone={phone} look={null} className={className} />
}
