import type { ReactNode } from 'react'
import { mailtoHref, telHref, whatsappHref } from '@/lib/site/contact'
import { linkClass, type LinkLook } from './classes'

type ContactLinkProps = {
  /** null: only the classes given (a panel's own link style). */
  look?: LinkLook | null
  className?: string
  children?: ReactNode
} & (
  | { kind: 'phone'; phone: string }
  | { kind: 'whatsapp'; number: string; text?: string }
  | { kind: 'email'; email: string; subject?: string; body?: string }
)

/**
 * A way to reach someone: a number that dials, a WhatsApp chat or an email. A phone number never breaks
 * across two lines (a split number is easy to misread or dial wrongly); html-validate's tel-non-breaking
 * rule accepts the `whitespace-nowrap` class. Without children the link shows the number or address.
 */
export function ContactLink(props: ContactLinkProps) {
  const { look = 'text', className, children } = props
  switch (props.kind) {
    case 'phone':
      return (
        <a className={linkClass(look, 'whitespace-nowrap', className)} href={telHref(props.phone)}>
          {children ?? props.phone}
        </a>
      )
    case 'whatsapp':
      return (
        <a className={linkClass(look, className)} href={whatsappHref(props.number, props.text)}>
          {children ?? 'Message us on WhatsApp'}
        </a>
      )
    case 'email':
      return (
        <a className={linkClass(look, className)} href={mailtoHref(props.email, props.subject, props.body)}>
          {children ?? props.email}
        </a>
      )
  }
}
