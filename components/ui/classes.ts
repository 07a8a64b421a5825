// The looks of links and buttons, written once. Every text colour here meets WCAG AA on white and
// on brand-50 (the panels); extra classes (layout, spacing) come first, then the look.
import { clsx, type ClassValue } from 'clsx'

export const linkLooks = {
  /** A link in running text. */
  text: 'text-brand-800 underline',
  /** A link that is the point of its sentence or panel. */
  strong: 'font-semibold text-brand-800 underline',
  /** On a panel with its own text colour (the footer, the 404 page): underlined only. */
  plain: 'underline',
  /** A link to a field with an error, in the error summary. */
  error: 'font-semibold text-red-800 underline',
  /** A link in the site's main navigation, on the dark header. */
  nav: 'underline-offset-4 hover:underline py-2 inline-block',
} as const

export type LinkLook = keyof typeof linkLooks

export const linkClass = (look: LinkLook | null = 'text', ...extra: ClassValue[]) =>
  clsx(extra, look && linkLooks[look])

const buttonVariants = {
  /** The one main action of a page or step. */
  primary: 'bg-brand-700 text-white hover:bg-brand-800',
  /** A main action beside a secondary one of the same size (the staff message's "Open in WhatsApp"). */
  strong: 'border-2 border-brand-700 bg-brand-800 text-white hover:bg-brand-900',
  /** Any other action. */
  secondary: 'border-2 border-brand-700 bg-white text-brand-800 hover:bg-brand-50',
} as const

const buttonSizes = {
  small: 'px-3 py-1.5 text-sm',
  medium: 'px-4 py-2',
  large: 'px-5 py-3',
  /** The self-check's step buttons: big, with a shadow that shows they can be pressed. */
  call: 'px-6 py-3 text-lg shadow-[0_2px_0_#062a28]',
} as const

export type ButtonLook = { variant?: keyof typeof buttonVariants; size?: keyof typeof buttonSizes }

/** A button, or a link that looks like one. */
export const buttonClass = ({ variant = 'secondary', size = 'medium' }: ButtonLook = {}, ...extra: ClassValue[]) =>
  clsx(extra, 'rounded-md', buttonSizes[size], 'font-semibold', buttonVariants[variant])
