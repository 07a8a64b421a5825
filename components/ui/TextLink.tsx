import type { ComponentProps } from 'react'
import { buttonClass, linkClass, type ButtonLook, type LinkLook } from './classes'

// Plain links: every page is its own HTML file, with no client-side router to hand them to.
type LinkProps = Omit<ComponentProps<'a'>, 'className' | 'href'> & { href: string; className?: string }

/** A link to a page of this site in one of the link looks (components/ui/classes.ts). */
export function TextLink({ look = 'text', className, children, ...props }: LinkProps & { look?: LinkLook }) {
  return (
    <a className={linkClass(look, className)} {...props}>
      {children}
    </a>
  )
}

/** A link to a page of this site that looks like a button. */
export function ButtonLink({ variant, size, className, children, ...props }: LinkProps & ButtonLook) {
  return (
    <a className={buttonClass({ variant, size }, className)} {...props}>
      {children}
    </a>
  )
}
