import NextLink from 'next/link'
import type { ComponentProps } from 'react'

/**
 * Next's link without prefetching: patients on slow, metered connections should download the page
 * they open, not every page it links to.
 */
export function Link(props: ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={false} {...props} />
}
