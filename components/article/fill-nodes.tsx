// Wording with blanks filled by elements (a phone link, a bold phrase): the words stay one string per
// language, so each language can put the link where its grammar wants it. lib/i18n/fill.ts is the plain-text twin.
import { Fragment, type ReactNode } from 'react'

/** fillNodes('Call {number} now', { number: <ContactLink … /> }); an unknown {name} is left as written. */
export function fillNodes(template: string, values: Readonly<Record<string, ReactNode>>): ReactNode[] {
  return template.split(/(\{\w+\})/).map((part, index) => {
    const name = /^\{(\w+)\}$/.exec(part)?.[1]
    return <Fragment key={index}>{name !== undefined && name in values ? values[name] : part}</Fragment>
  })
}
