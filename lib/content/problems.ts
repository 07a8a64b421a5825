// How the content checks word a problem: zod issues as "field: message", and values two documents share.
import type { z } from 'zod'
import type { ContentProblem } from './model'
import { knownKeys, suggestionFor } from './suggest'

export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** "content/articles/aftercare.md" → "aftercare": a document's address comes from its file name. */
export const fileStem = (file: string) => file.replace(/^.*\//, '').replace(/\.[^.]+$/, '')

/** "items[3].lastDay": list positions in brackets, as an editor counts entries in a YAML list (from 0). */
const fieldPath = (path: readonly PropertyKey[]) =>
  path.map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index ? '.' : ''}${String(key)}`)).join('')

// hint: words added to a message to say where it is, e.g. which list item (see itemHint).
export function zodProblems(
  file: string,
  error: z.ZodError,
  hint: (path: readonly PropertyKey[]) => string = () => '',
  // The schema that found the issues: an unknown field close to a known one names it.
  schema?: z.ZodType,
): ContentProblem[] {
  return error.issues.flatMap((issue) => {
    const field = issue.path.length ? fieldPath(issue.path) : undefined
    if (issue.code !== 'unrecognized_keys') return [{ file, field, message: issue.message + hint(issue.path) }]
    const known = knownKeys(schema, issue.path)
    const suggested = issue.keys.flatMap((key) => {
      const message = suggestionFor(key, known)
      return message ? [{ file, field, message: message + hint(issue.path) }] : []
    })
    const rest = issue.keys.filter((key) => !suggestionFor(key, known))
    return [
      ...suggested,
      ...(rest.length
        ? [
            {
              file,
              field,
              message: `unknown field(s) ${rest.map((k) => `"${k}"`).join(', ')}: check the spelling${hint(issue.path)}`,
            },
          ]
        : []),
    ]
  })
}

/** Reports each value that more than one document uses. */
export function duplicates<T>(
  items: T[],
  key: (item: T) => string,
  file: (item: T) => string,
  describe: (value: string) => string,
) {
  const seen = new Map<string, string>()
  const problems: ContentProblem[] = []
  for (const item of items) {
    const value = key(item)
    const first = seen.get(value)
    if (first) problems.push({ file: file(item), message: `${describe(value)} is also used by ${first}` })
    else seen.set(value, file(item))
  }
  return problems
}
