// Benchmark of the server's responsiveness while PDFs are built: the event-loop delay (p99, from
// perf_hooks.monitorEventLoopDelay) while a batch of 50 summaries is exported through the CLI's
// path, rendered inline on the event loop (as before the worker pool) and by the pool, in the
// same run on the same small seeded database. Run alone with `npx tsx bench/pdfEventLoop.ts`.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { monitorEventLoopDelay } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'
import { exportPdfs } from '../src/main/cli/exportPdf'
import { seededCore } from './pdf'
import type { BenchRow } from './support/benchRow'
import { roundMs } from './support/stats'

const BATCH = Number(process.env.BENCH_LOOP_BATCH ?? 50)

interface LoopFigures {
  readonly delayP99Ms: number
  readonly delayMaxMs: number
  readonly batchMs: number
}

async function measure(inline: boolean): Promise<LoopFigures> {
  const dir = mkdtempSync(join(tmpdir(), 'clinic-intake-bench-loop-'))
  try {
    const core = seededCore(join(dir, 'data'), BATCH, { renderSummariesInline: inline })
    try {
      // One summary first, so both runs start warm (fonts loaded, the worker started).
      await exportPdfs(core, join(dir, 'warm'), { kind: 'one', intakeId: 1 })
      const delay = monitorEventLoopDelay({ resolution: 10 })
      delay.enable()
      const start = performance.now()
      const result = await exportPdfs(core, join(dir, 'out'), { kind: 'all' })
      const batchMs = performance.now() - start
      delay.disable()
      if (result.exported !== BATCH) throw new Error(`exported ${result.exported}, not ${BATCH}`)
      return {
        delayP99Ms: delay.percentile(99) / 1e6,
        delayMaxMs: delay.max / 1e6,
        batchMs,
      }
    } finally {
      core.close()
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

export async function benchPdfEventLoop(): Promise<BenchRow[]> {
  const inline = await measure(true)
  const pooled = await measure(false)
  return [
    {
      id: 'pdf.loopDelay.inline.p99',
      label: `event-loop delay p99 while ${BATCH} PDFs export, rendered inline (before)`,
      value: roundMs(inline.delayP99Ms),
      unit: 'ms',
      short: 'inline loop p99',
    },
    {
      id: 'pdf.loopDelay.pool.p99',
      label: `event-loop delay p99 while ${BATCH} PDFs export, worker pool`,
      value: roundMs(pooled.delayP99Ms),
      unit: 'ms',
      floorId: 'pdf.loopDelay.inline.p99',
      target: { below: 50 },
    },
    {
      id: 'pdf.loopDelay.pool.max',
      label: `event-loop delay max while ${BATCH} PDFs export, worker pool`,
      value: roundMs(pooled.delayMaxMs),
      unit: 'ms',
    },
    {
      id: 'pdf.batch50.inline',
      label: `export ${BATCH} summaries, rendered inline`,
      value: roundMs(inline.batchMs),
      unit: 'ms',
      short: 'inline batch',
    },
    {
      id: 'pdf.batch50.pool',
      label: `export ${BATCH} summaries, worker pool`,
      value: roundMs(pooled.batchMs),
      unit: 'ms',
      floorId: 'pdf.batch50.inline',
    },
  ]
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const row of await benchPdfEventLoop()) console.log(`${row.label}: ${row.value} ${row.unit}`)
}
