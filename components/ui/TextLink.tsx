import type { ComponentProps } from 'react'
import { buttonClass, linkClass, type ButtonLook, type LinkLook } from './classes'
import { Link } from './Link'

type LinkProps = Omit<ComponentProps<typeof Link>, 'className'> & { className?: string }

/** A link to a page of this site in one of the link looks (components/ui/classes.ts). */
export function TextLink({ look = 'text', className, ...props }: LinkProps & { look?: LinkLook }) {
  return <Link className={linkClass(look, className)} {...props} />
}

/** A link to a page of this site that looks like a button. */
export function ButtonLink({ variant, size, className, ...props }: LinkProps & ButtonLook) {
  return <Link className={buttonClass({ variant, size }, className)} {...props} />
}
