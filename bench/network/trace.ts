// Diagnosis only, off unless BENCH_NET_TRACE names a folder: each process of the clinic-server
// benchmark writes what it saw on a wall clock both share (epoch milliseconds), so a slow call can
// be laid beside the server's own time for it, a garbage collection, or a stalled event loop.
// Never records a request's contents: paths (channel names) and timings only.
import { subscribe } from 'node:diagnostics_channel'
import type { IncomingMessage } from 'node:http'
import { mkdirSync, openSync, readSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { PerformanceObserver } from 'node:perf_hooks'
import type { PerformanceEntry } from 'node:perf_hooks'

const folder = process.env.BENCH_NET_TRACE

/** Epoch milliseconds with sub-millisecond precision, comparable between processes. */
export const epochNow = (): number => performance.timeOrigin + performance.now()

interface Trace {
  readonly gc: [at: number, ms: number, kind: number][]
  /**
   * Moments the loop's 1 ms timer fired late by more than 5 ms, with what the main thread did
   * meanwhile (Linux schedstat): ran on a core, or waited in the run queue for one.
   */
  readonly stalls: [at: number, ms: number, onCpuMs: number, waitedMs: number][]
  readonly requests: [at: number, ms: number, path: string][]
  /** Connections the server accepted (each one a TLS handshake): [at]. */
  readonly connections: number[]
}

/** Starts tracing this process when BENCH_NET_TRACE is set; `write` saves it as `<name>.json`. */
export function startTrace(name: string, options: { requests?: boolean } = {}) {
  if (!folder) return { write: () => {} }
  const trace: Trace = { gc: [], stalls: [], requests: [], connections: [] }
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      const { detail } = entry as PerformanceEntry & { detail?: { kind?: number } }
      const kind = detail?.kind ?? 0
      trace.gc.push([performance.timeOrigin + entry.startTime, entry.duration, kind])
    }
  }).observe({ entryTypes: ['gc'] })
  // The main thread's task: its id is the process id.
  const schedstat = openSync(`/proc/self/task/${process.pid}/schedstat`, 'r')
  const buffer = Buffer.alloc(128)
  const sched = (): [number, number] => {
    const text = buffer.toString('utf8', 0, readSync(schedstat, buffer, 0, 128, 0))
    const [onCpu = 0, waited = 0] = text.split(' ').map(Number)
    return [onCpu / 1e6, waited / 1e6]
  }
  let last = performance.now()
  let lastSched = sched()
  const ticker = setInterval(() => {
    const now = performance.now()
    const nowSched = sched()
    if (now - last > 6) {
      trace.stalls.push([
        performance.timeOrigin + now,
        now - last - 1,
        nowSched[0] - lastSched[0],
        nowSched[1] - lastSched[1],
      ])
    }
    last = now
    lastSched = nowSched
  }, 1)
  ticker.unref()
  if (options.requests) {
    subscribe('net.server.socket', () => trace.connections.push(epochNow()))
    const started = new WeakMap<IncomingMessage, number>()
    subscribe('http.server.request.start', (message) => {
      started.set((message as { request: IncomingMessage }).request, epochNow())
    })
    subscribe('http.server.response.finish', (message) => {
      const { request } = message as { request: IncomingMessage }
      const at = started.get(request)
      if (at !== undefined) trace.requests.push([at, epochNow() - at, request.url ?? ''])
    })
  }
  return {
    write(extra: Record<string, unknown> = {}) {
      mkdirSync(folder, { recursive: true })
      writeFileSync(join(folder, `${name}.json`), JSON.stringify({ ...trace, ...extra }))
    },
  }
}
