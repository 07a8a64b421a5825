// How the content checks word a problem: zod issues as "field: message", and values two documents share.
import type { z } from 'zod'
import type { ContentProblem } from './model'

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
): ContentProblem[] {
  return error.issues.map((issue) => ({
    file,
    field: issue.path.length ? fieldPath(issue.path) : undefined,
    message:
      (issue.code === 'unrecognized_keys'
        ? `unknown field(s) ${issue.keys.map((k) => `"${k}"`).join(', ')}: check the spelling`
        : issue.message) + hint(issue.path),
  }))
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
