// Contentlayer's own report (`contentlayer2 build` exits 1 with a tree of "• file ... fields: • field")
// turned into ContentProblems, so that the editor sees its problems in the content step's one format.
import type { ContentProblem } from './model'
import { schemaFor } from './raw'
import { knownKeys, suggestionFor } from './suggest'

const documentLine = /^[\s│├└─]*• "([^"]+)"(.*)$/
const fieldLine = /^[\s│├└─]*• ([A-Za-z0-9_.[\]-]+): ?(.*?)\s*$/

/** The problems in Contentlayer's output; empty when it names none (the caller shows the output then). */
export function contentlayerProblems(output: string, contentDir: string): ContentProblem[] {
  const problems: ContentProblem[] = []
  let current: { file: string; path: string; kind: 'extra' | 'incompatible' | 'missing' } | undefined
  for (const raw of output.replace(/\x1b\[[0-9;]*m/g, '').split(/\r?\n/)) {
    const doc = documentLine.exec(raw)
    if (doc) {
      const file = `${contentDir}/${doc[1]}`
      const rest = doc[2]!
      const markdownError = /:\s*(?:\w*Error: )+(.*)$/.exec(rest)
      if (/extra fields/.test(rest)) current = { file, path: doc[1]!, kind: 'extra' }
      else if (/incompatible fields/.test(rest)) current = { file, path: doc[1]!, kind: 'incompatible' }
      else if (/missing the following required fields/.test(rest)) current = { file, path: doc[1]!, kind: 'missing' }
      else {
        current = undefined
        const message = (markdownError?.[1] ?? rest.replace(/^[\s:]+/, '')).trim()
        const line = /\(line (\d+)\)/.exec(message)?.[1]
        problems.push({
          file,
          message: message || 'Contentlayer could not read this file',
          ...(line ? { line: Number(line) } : {}),
        })
      }
      continue
    }
    const field = current && fieldLine.exec(raw)
    if (current && field) {
      const [, name, value] = field as unknown as [string, string, string]
      const message =
        current.kind === 'extra'
          ? (suggestionFor(name, knownKeys(schemaFor(current.path))) ??
            `unknown field(s) "${name}": check the spelling`)
          : current.kind === 'missing'
            ? `is missing: it is required (${value || 'a value'})`
            : `has the wrong kind of value (${value}): see the table of fields in the README`
      problems.push(
        current.kind === 'extra' ? { file: current.file, message } : { file: current.file, field: name, message },
      )
      continue
    }
    if (!/^[\s│]*$/.test(raw) && !/^[\s│├└─]*•/.test(raw)) current = undefined
  }
  return problems
}
