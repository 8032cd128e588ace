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

const BATCH = 50

/** How often the delay is sampled; a sample is the time between two ticks, so never below it. */
const RESOLUTION_MS = 5

interface LoopFigures {
  readonly delayP99Ms: number
  readonly delayMaxMs: number
  readonly elapsedMs: number
}

/** The event-loop delay while `work` runs, the loop's last stall included. */
async function delayDuring(work: () => Promise<void>): Promise<LoopFigures> {
  const delay = monitorEventLoopDelay({ resolution: RESOLUTION_MS })
  delay.enable()
  // The monitor's first tick only starts its clock: let it tick before the work starts, or a
  // loop held from the first moment records nothing at all.
  await new Promise((resolve) => setTimeout(resolve, RESOLUTION_MS * 3))
  const start = performance.now()
  await work()
  const elapsedMs = performance.now() - start
  // A loop held for the whole batch has not ticked once yet: its one long stall is recorded
  // only when the timer next fires, so wait for that before reading.
  await new Promise((resolve) => setTimeout(resolve, RESOLUTION_MS * 3))
  delay.disable()
  return {
    delayP99Ms: delay.percentile(99) / 1e6,
    delayMaxMs: delay.max / 1e6,
    elapsedMs,
  }
}

async function measureBatch(inline: boolean): Promise<LoopFigures> {
  const dir = mkdtempSync(join(tmpdir(), 'clinic-intake-bench-loop-'))
  try {
    const core = seededCore(join(dir, 'data'), BATCH, { renderSummariesInline: inline })
    try {
      // One summary first, so both runs start warm (fonts loaded, the worker started).
      await exportPdfs(core, join(dir, 'warm'), { kind: 'one', intakeId: 1 })
      return await delayDuring(async () => {
        const result = await exportPdfs(core, join(dir, 'out'), { kind: 'all' })
        if (result.exported !== BATCH) throw new Error(`exported ${result.exported}, not ${BATCH}`)
      })
    } finally {
      core.close()
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** The floor: the same monitor on an idle loop, which shows what the machine itself adds. */
function measureIdle(ms: number): Promise<LoopFigures> {
  return delayDuring(() => new Promise((resolve) => setTimeout(resolve, ms)))
}

export async function benchPdfEventLoop(): Promise<BenchRow[]> {
  const idle = await measureIdle(3000)
  const inline = await measureBatch(true)
  const pooled = await measureBatch(false)
  return [
    {
      id: 'pdf.loopDelay.idle.p99',
      label: `event-loop delay p99, idle loop (${RESOLUTION_MS} ms ticks, same run)`,
      value: roundMs(idle.delayP99Ms),
      unit: 'ms',
      short: 'idle loop p99',
    },
    {
      id: 'pdf.loopDelay.inline.p99',
      label: `event-loop delay p99 while ${BATCH} PDFs export, rendered inline (before)`,
      value: roundMs(inline.delayP99Ms),
      unit: 'ms',
      floorId: 'pdf.loopDelay.idle.p99',
    },
    {
      id: 'pdf.loopDelay.pool.p99',
      label: `event-loop delay p99 while ${BATCH} PDFs export, worker pool`,
      value: roundMs(pooled.delayP99Ms),
      unit: 'ms',
      floorId: 'pdf.loopDelay.idle.p99',
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
      value: roundMs(inline.elapsedMs),
      unit: 'ms',
      short: 'inline batch',
    },
    {
      id: 'pdf.batch50.pool',
      label: `export ${BATCH} summaries, worker pool`,
      value: roundMs(pooled.elapsedMs),
      unit: 'ms',
      floorId: 'pdf.batch50.inline',
    },
  ]
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const row of await benchPdfEventLoop()) console.log(`${row.label}: ${row.value} ${row.unit}`)
}
