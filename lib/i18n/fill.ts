// Wording with blanks, filled in: fill('Question {number} of {total}', { number: 2, total: 9 }). Texts stay
// plain strings, so a server page can hand a client island its words as props.

export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole))
}
