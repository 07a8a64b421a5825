import { telHref } from '@/lib/site/contact'

/**
 * The clinic's number as a link that dials it. The number never breaks across two lines (a split number is
 * easy to misread or dial wrongly); html-validate's tel-non-breaking rule accepts the `whitespace-nowrap` class.
 */
export function PhoneLink({ phone, className }: { phone: string; className?: string }) {
  return (
    <a className={className ? `whitespace-nowrap ${className}` : 'whitespace-nowrap'} href={telHref(phone)}>
      {phone}
    </a>
  )
}
