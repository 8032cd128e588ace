// What the benchmark and its clinic-server child process tell each other over Node's IPC
// channel. Checked with zod on arrival, as at every other boundary of the app.
import { z } from 'zod'

/** Summaries in the batch export, as in bench/pdfEventLoop.ts. */
export const EXPORT_BATCH = 50

export const StaffSchema = z.object({
  username: z.string(),
  role: z.enum(['front_desk', 'clinician']),
})
export type Staff = z.infer<typeof StaffSchema>

/** Event-loop delay figures of the server process over one window, in milliseconds. */
export const LoopDelaySchema = z.object({
  p50Ms: z.number(),
  p99Ms: z.number(),
  maxMs: z.number(),
  /** Server CPU time (user + system) over wall time in the window, in percent of one core. */
  cpuPercent: z.number(),
  /**
   * The main thread's share of wall time waiting for a core while ready to run (Linux
   * schedstat; null elsewhere): the machine's other work, not the server's.
   */
  waitedForCorePercent: z.number().nullable(),
})
export type LoopDelay = z.infer<typeof LoopDelaySchema>

/** Parent to child. */
export const ToServerSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('loop.start') }),
  z.object({ kind: z.literal('loop.stop') }),
  z.object({ kind: z.literal('export') }),
  z.object({ kind: z.literal('stop') }),
])
export type ToServer = z.infer<typeof ToServerSchema>

/** Child to parent. */
export const FromServerSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('ready'),
    origin: z.string(),
    /** The server process's nice value (see processShare.ts). */
    nice: z.int(),
    caCertificate: z.string(),
    staff: z.array(StaffSchema),
    password: z.string(),
    pairingCodes: z.array(z.string()),
  }),
  z.object({ kind: z.literal('loop'), delay: LoopDelaySchema }),
  z.object({
    kind: z.literal('exported'),
    count: z.int(),
    elapsedMs: z.number(),
    delay: LoopDelaySchema,
  }),
  z.object({ kind: z.literal('failed'), message: z.string() }),
])
export type FromServer = z.infer<typeof FromServerSchema>
