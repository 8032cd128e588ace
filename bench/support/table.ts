import type { BenchRow } from './benchRow'

/** A row as printed and stored: its module, its ratio to its floor and whether it met its target. */
export interface JudgedRow extends BenchRow {
  readonly module: string
  /** value / floor value, when the row names a floor. */
  readonly ratio: number | null
  /** Which floor the ratio divides by, e.g. `insert p99`. */
  readonly ratioTo: string | null
  readonly targetText: string | null
  readonly result: 'PASS' | 'MISS' | null
}

export function judge(
  sections: readonly { module: string; rows: readonly BenchRow[] }[],
): JudgedRow[] {
  const all = sections.flatMap((section) =>
    section.rows.map((row) => ({ ...row, module: section.module })),
  )
  const byId = new Map(all.map((row) => [row.id, row]))
  return all.map((row) => {
    const floor = row.floorId ? byId.get(row.floorId) : undefined
    const ratio = floor && floor.value > 0 ? Math.round((row.value / floor.value) * 10) / 10 : null
    const target = row.target
    let targetText: string | null = null
    let result: JudgedRow['result'] = null
    if (target) {
      const parts = [`< ${target.below.toLocaleString('en-US')} ${row.unit}`]
      let met = row.value < target.below
      if (target.withinFloorRatio !== undefined) {
        parts.push(`<= ${target.withinFloorRatio}x floor`)
        met &&= ratio !== null && ratio <= target.withinFloorRatio
      }
      targetText = parts.join(', ')
      result = met ? 'PASS' : 'MISS'
    }
    return {
      ...row,
      ratio,
      ratioTo: floor ? (floor.short ?? floor.label) : null,
      targetText,
      result,
    }
  })
}

/** One aligned text table: numbers right-aligned, text left-aligned. */
export function formatTable(rows: readonly JudgedRow[]): string {
  const header = ['module', 'measure', 'value', 'unit', 'x floor', 'target', 'result']
  const numeric = new Set([2])
  const cells = rows.map((row) => [
    row.module,
    row.label,
    row.value.toLocaleString('en-US'),
    row.unit,
    row.ratio === null ? '' : `${row.ratio}x ${row.ratioTo}`,
    row.targetText ?? '',
    row.result ?? '',
  ])
  const widths = header.map((title, column) =>
    Math.max(title.length, ...cells.map((cell) => (cell[column] ?? '').length)),
  )
  const line = (cell: string[]) =>
    cell
      .map((text, column) =>
        numeric.has(column) ? text.padStart(widths[column] ?? 0) : text.padEnd(widths[column] ?? 0),
      )
      .join('  ')
      .trimEnd()
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...cells.map(line)].join(
    '\n',
  )
}
