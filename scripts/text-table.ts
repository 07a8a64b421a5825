// Prints rows as a markdown table with padded columns: readable in a terminal, and pastes as-is
// into BENCHMARKS.md. Shared by the content report and the benchmarks.
export type Align = 'left' | 'right'

export function textTable(header: string[], rows: string[][], align: Align[] = []): string {
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => (row[column] ?? '').length)))
  const pad = (cell: string, column: number) =>
    align[column] === 'right' ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!)
  const line = (cells: string[]) => `| ${cells.map((cell, column) => pad(cell, column)).join(' | ')} |`
  const rule = `|${widths.map((width, column) => (align[column] === 'right' ? `${'-'.repeat(width + 1)}:` : '-'.repeat(width + 2))).join('|')}|`
  return [line(header), rule, ...rows.map((row) => line(header.map((_, column) => row[column] ?? '')))].join('\n')
}
