// `npm run bench`: runs every bench module and prints their rows as one aligned table.
// To add figures (database, PDF ...), add a module to BENCH_MODULES; rows are concatenated.
import { benchAssess } from './assess'
import { benchPdf } from './pdf'

interface BenchRow {
  label: string
  value: number
  unit: string
}

interface BenchModule {
  name: string
  run: () => Promise<BenchRow[]>
}

const BENCH_MODULES: BenchModule[] = [
  { name: 'engine', run: benchAssess },
  { name: 'pdf', run: benchPdf },
]

function formatTable(rows: (BenchRow & { module: string })[]): string {
  const cells = rows.map((row) => [
    row.module,
    row.label,
    row.value.toLocaleString('en-US'),
    row.unit,
  ])
  const header = ['module', 'measure', 'value', 'unit']
  const widths = header.map((title, column) =>
    Math.max(title.length, ...cells.map((cell) => (cell[column] ?? '').length)),
  )
  const line = (cell: string[]) =>
    cell
      .map((text, column) =>
        // Numbers right-aligned, text left-aligned.
        column === 2 ? text.padStart(widths[column] ?? 0) : text.padEnd(widths[column] ?? 0),
      )
      .join('  ')
      .trimEnd()
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...cells.map(line)].join(
    '\n',
  )
}

async function main(): Promise<void> {
  const rows: (BenchRow & { module: string })[] = []
  for (const module of BENCH_MODULES) {
    for (const row of await module.run()) rows.push({ module: module.name, ...row })
  }
  console.log(formatTable(rows))
}

await main()
