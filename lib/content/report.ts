// How the content step shows its problems: one line each in a terminal (`file: field: message (line 3)`),
// and on GitHub (GITHUB_ACTIONS=true) an annotation on the file's line for each, plus the whole list
// as a table in the job summary ($GITHUB_STEP_SUMMARY), since GitHub shows only 10 annotations a step.
import { appendFileSync, existsSync, readFileSync } from 'node:fs'
import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml'
import { formatProblem, type ContentProblem } from './model'

/** "items[3].lastDay" → ["items", 3, "lastDay"]. */
export function fieldPathKeys(field: string): (string | number)[] {
  return field
    .split(/\.|(?=\[)/)
    .filter(Boolean)
    .map((part) => (/^\[\d+\]$/.test(part) ? Number(part.slice(1, -1)) : part))
}

/** The front matter of a markdown file (or the whole of a YAML file), and the line it starts on (1-based). */
export function yamlPart(text: string, file: string): { yaml: string; firstLine: number } | undefined {
  if (!/\.md$/.test(file)) return { yaml: text, firstLine: 1 }
  const match = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)(?:\r?\n|^)---[ \t]*(?:\r?\n|$)/.exec(text)
  if (!match) return undefined
  return { yaml: match[1]!, firstLine: 2 }
}

/** The line (1-based) of a field in a file's YAML, or of the nearest field above it that exists. */
export function fieldLine(text: string, file: string, field: string): number | undefined {
  const part = yamlPart(text, file)
  if (!part) return undefined
  const lineCounter = new LineCounter()
  const doc = parseDocument(part.yaml, { lineCounter, keepSourceTokens: false })
  if (doc.errors.length > 0) return undefined
  let node: unknown = doc.contents
  let line: number | undefined
  for (const key of fieldPathKeys(field)) {
    if (isMap(node)) {
      const pair = node.items.find((item) => (item.key as { value?: unknown } | null)?.value === key)
      if (!pair) break
      const keyNode = pair.key as Node
      if (keyNode.range) line = lineCounter.linePos(keyNode.range[0]).line
      node = pair.value
    } else if (isSeq(node) && typeof key === 'number') {
      const item = node.items[key] as Node | undefined
      if (!item) break
      if (item.range) line = lineCounter.linePos(item.range[0]).line
      node = item
    } else break
  }
  return line === undefined ? undefined : line + part.firstLine - 1
}

/** The first line (1-based) on which `needle` appears, e.g. a link's address. */
export function textLine(text: string, needle: string): number | undefined {
  const index = text.indexOf(needle)
  return index < 0 ? undefined : text.slice(0, index).split(/\r\n|\r|\n/).length
}

const quoted = /^(?:link|image) "([^"]+)"/

/** Where a problem is, when it can be found: the field's line, or the link's or image's line. */
export function problemLine(
  problem: ContentProblem,
  readText: (file: string) => string | undefined,
): number | undefined {
  if (problem.line !== undefined) return problem.line
  const text = readText(problem.file)
  if (text === undefined) return undefined
  if (problem.field) {
    const line = fieldLine(text, problem.file, problem.field)
    if (line !== undefined) return line
  }
  const target = quoted.exec(problem.message)?.[1]
  if (target) return textLine(text, `](${target}`) ?? textLine(text, target)
  return undefined
}

const readFile = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8') : undefined)

/** Each problem with its line filled in where it can be found. */
export const withLines = (problems: ContentProblem[], readText = readFile): ContentProblem[] =>
  problems.map((problem) => {
    const line = problemLine(problem, readText)
    return line === undefined ? problem : { ...problem, line }
  })

// GitHub's workflow commands: https://docs.github.com/actions/reference/workflow-commands-for-github-actions
const escapeData = (value: string) => value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
const escapeProperty = (value: string) => escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C')

/** `::error file=content/articles/aftercare.md,line=4,title=description::must be at least 20 characters` (or `::warning …`) */
export function annotation(
  { file, line, field, message }: ContentProblem,
  level: 'error' | 'warning' = 'error',
): string {
  const properties = [`file=${escapeProperty(file)}`]
  if (line !== undefined) properties.push(`line=${line}`)
  properties.push(`title=${escapeProperty(field ?? 'content')}`)
  return `::${level} ${properties.join(',')}::${escapeData(message)}`
}

const cell = (value: string) => value.replace(/\|/g, '\\|').replace(/\r?\n|\r/g, ' ')

/** The job summary: every problem in one markdown table. */
export function summaryTable(problems: ContentProblem[], contentDir: string): string {
  const rows = problems.map(
    (p) => `| ${cell(p.file)} | ${p.line ?? ''} | ${cell(p.field ?? '')} | ${cell(p.message)} |`,
  )
  return [
    `## Content check failed: ${problems.length} problem(s) to fix in ${contentDir}/`,
    '',
    '| file | line | field | problem |',
    '| --- | --- | --- | --- |',
    ...rows,
    '',
  ].join('\n')
}

/** `content/articles/x.md: description: ... (line 3)`: the terminal's one line per problem, as before, with its line. */
export const terminalLine = (problem: ContentProblem) =>
  problem.line === undefined || problem.message.includes(`(line ${problem.line})`)
    ? formatProblem(problem)
    : `${formatProblem(problem)} (line ${problem.line})`

/** Prints the problems where the editor will see them (see the top of this file). */
export function reportProblems(
  found: ContentProblem[],
  { contentDir, env = process.env }: { contentDir: string; env?: NodeJS.ProcessEnv },
): void {
  const problems = withLines(found)
  console.error(`\nContent check failed: ${problems.length} problem(s) to fix in ${contentDir}/\n`)
  for (const problem of problems) console.error(`  ✗ ${terminalLine(problem)}`)
  console.error('')
  if (env.GITHUB_ACTIONS === 'true') {
    // Annotations go to stdout, where the runner reads workflow commands.
    for (const problem of problems) console.log(annotation(problem))
    if (env.GITHUB_STEP_SUMMARY) appendFileSync(env.GITHUB_STEP_SUMMARY, summaryTable(problems, contentDir) + '\n')
  }
}

/**
 * Prints what does not stop the build (lib/content/model.ts CheckedContent.warnings) as a list after
 * the check, and on GitHub as a warning annotation each. Never fails: the editor decides when to act.
 */
export function reportWarnings(
  found: ContentProblem[],
  { contentDir, env = process.env }: { contentDir: string; env?: NodeJS.ProcessEnv },
): void {
  if (found.length === 0) return
  const warnings = withLines(found)
  console.warn(`\nWarning: ${warnings.length} thing(s) to look at in ${contentDir}/ (the build goes on):\n`)
  for (const warning of warnings) console.warn(`  ⚠ ${terminalLine(warning)}`)
  console.warn('')
  if (env.GITHUB_ACTIONS === 'true') for (const warning of warnings) console.log(annotation(warning, 'warning'))
}
