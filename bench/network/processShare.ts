// How much of the machine the clinic-server benchmark's own processes get. A clinic server is a
// computer of its own and the workstations are other computers; here both share two cores with
// whatever else runs (other people's test runs, editors, builds). Two helpers keep that from
// being mistaken for the server's speed: the benchmark's processes ask the scheduler to go
// first (where allowed), and the main thread's time spent waiting for a core is measured, so a
// reader can tell a busy machine from a slow server.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { getPriority, setPriority } from 'node:os'

/** A nice value above other work on the machine (below 0 needs CAP_SYS_NICE, e.g. root). */
export const BENCH_NICE = -10

/**
 * With autogroup scheduling (Linux's default on desktops), a nice value only orders threads of
 * one session: each session's group gets an equal share of the cores, however nice its threads
 * are. So the session's group is reniced too, and put back afterwards.
 */
const AUTOGROUP = '/proc/self/autogroup'

function setSessionNice(nice: number): void {
  try {
    writeFileSync(AUTOGROUP, String(nice))
  } catch {
    // No autogroups here (or not allowed): the threads' nice values order everything.
  }
}

function threadIds(): number[] {
  try {
    return readdirSync('/proc/self/task').map(Number)
  } catch {
    return [process.pid]
  }
}

/**
 * Renices every thread of this process and its session's group to BENCH_NICE (on Linux
 * priority is per thread, and threads made later inherit their maker's). `nice` is the value in
 * effect: BENCH_NICE, or 0 when the system does not allow it (then the figures include waits for
 * other work). `restore()` puts everything back, for whatever the process runs next.
 */
export function raiseBenchPriority(): { readonly nice: number; restore(): void } {
  const before = new Map<number, number>()
  const restore = () => {
    for (const [thread, nice] of before) {
      try {
        setPriority(thread, nice)
      } catch {
        // The thread has ended.
      }
    }
    setSessionNice(0)
  }
  try {
    for (const thread of threadIds()) {
      before.set(thread, getPriority(thread))
      setPriority(thread, BENCH_NICE)
    }
    setSessionNice(BENCH_NICE)
    return { nice: BENCH_NICE, restore }
  } catch {
    restore()
    return { nice: 0, restore: () => {} }
  }
}

/** Nanoseconds this process's main thread has run on a core, and waited in the run queue. */
function mainThreadSchedule(): { readonly ranMs: number; readonly waitedMs: number } | null {
  try {
    const text = readFileSync(`/proc/self/task/${process.pid}/schedstat`, 'utf8')
    const [ran, waited] = text.split(' ').map(Number)
    if (ran === undefined || waited === undefined) return null
    return { ranMs: ran / 1e6, waitedMs: waited / 1e6 }
  } catch {
    return null
  }
}

/**
 * From now to `stop()`: the share of wall time the main thread ran, and the share it was ready
 * to run but waited for a core (Linux; null elsewhere).
 */
export function mainThreadShare() {
  const start = mainThreadSchedule()
  const startedAt = performance.now()
  return {
    stop(): { readonly ranPercent: number; readonly waitedPercent: number } | null {
      const end = mainThreadSchedule()
      const wallMs = performance.now() - startedAt
      if (!start || !end || wallMs <= 0) return null
      return {
        ranPercent: ((end.ranMs - start.ranMs) / wallMs) * 100,
        waitedPercent: ((end.waitedMs - start.waitedMs) / wallMs) * 100,
      }
    },
  }
}
