/** Percentile of already-collected samples (nearest-rank), in the samples' unit. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) throw new Error('no samples')
  const sorted = [...samples].sort((a, b) => a - b)
  const rank = Math.ceil((p / 100) * sorted.length)
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] as number
}

export interface Timings {
  readonly median: number
  readonly p95: number
  readonly p99: number
  readonly samples: number
}

export function summarize(samples: readonly number[]): Timings {
  return {
    median: percentile(samples, 50),
    p95: percentile(samples, 95),
    p99: percentile(samples, 99),
    samples: samples.length,
  }
}

/**
 * Lets the event loop turn once, untimed: calls from the shells arrive as separate events (IPC
 * messages, HTTP requests), so whatever the app leaves for after a reply runs between them.
 */
function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve))
}

/**
 * Milliseconds per call of `work(i)` for i = 0 .. runs-1, in that order, after `warmUp` untimed
 * calls (with i = -1, -2, ...).
 */
export async function sampleEach(
  runs: number,
  work: (i: number) => unknown,
  warmUp = Math.min(50, runs),
): Promise<number[]> {
  for (let i = 0; i < warmUp; i++) {
    await work(-1 - i)
    await nextTurn()
  }
  const samples: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    await work(i)
    samples.push(performance.now() - start)
    await nextTurn()
  }
  return samples
}

/** Times `work(i)` `runs` times after `warmUp` untimed runs; milliseconds per call. */
export async function timeEach(
  runs: number,
  work: (i: number) => unknown,
  warmUp = Math.min(50, runs),
): Promise<Timings> {
  return summarize(await sampleEach(runs, work, warmUp))
}

/** Milliseconds rounded for a table: 3 significant decimals below 10 ms, 1 above. */
export function roundMs(ms: number): number {
  return ms < 10 ? Math.round(ms * 1000) / 1000 : Math.round(ms * 10) / 10
}
