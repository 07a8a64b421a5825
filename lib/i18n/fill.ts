// Wording with blanks, filled in: fill('Question {number} of {total}', { number: 2, total: 9 }). Texts stay
// plain strings, so a server page can hand a client island its words as props.
import { withDigits, type Digits } from './digits'

export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole))
}

/**
 * The same, with every number in the chosen digits: the template's own ("Day 0") and the numbers filled in.
 * Text filled in is left as it is, so addresses and phone numbers keep theirs.
 */
export function fillWithDigits(
  template: string,
  values: Readonly<Record<string, string | number>>,
  digits: Digits,
): string {
  const written = Object.fromEntries(
    Object.entries(values).map(([name, value]) => [
      name,
      typeof value === 'number' ? withDigits(String(value), digits) : value,
    ]),
  )
  return fill(withDigits(template, digits), written)
}
