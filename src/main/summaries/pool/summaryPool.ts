import { availableParallelism } from 'node:os'
import { Piscina } from 'piscina'
import { ConflictError, NotFoundError } from '../../door/errors'
import type { RenderedPdf } from '../summaryService'
import { summaryOutcomeSchema } from './summaryTask'
import type { SummaryTask, SummaryWorkerSetup } from './summaryTask'
import { summaryWorkerFile } from './workerFile'

export interface SummaryPoolOptions {
  readonly file: string
  /** The installation's database key; null only for the benchmark's plaintext database. */
  readonly key: Buffer | null
  readonly nativeBinding?: string
  /** Worker threads at most; by default one fewer than the cores, at least one. */
  readonly maxThreads?: number
}

export interface SummaryPool {
  render(task: SummaryTask): Promise<RenderedPdf>
  /** Stops the workers (the app is closing or swapping its database); pending renders fail. */
  close(): Promise<void>
}

/**
 * Worker threads that render summaries off the event loop. Started on the first render, not
 * at open: most sessions print nothing. A worker stays for a while after its last render (its
 * fonts and connection are warm for the next one), then exits.
 */
export function createSummaryPool(options: SummaryPoolOptions): SummaryPool {
  let pool: Piscina | null = null
  let closed = false

  function started(): Piscina {
    if (closed) throw new Error('The summary pool is closed')
    if (pool) return pool
    const worker = summaryWorkerFile()
    const setup: SummaryWorkerSetup = {
      file: options.file,
      key: options.key ? new Uint8Array(options.key) : null,
      nativeBinding: options.nativeBinding ?? null,
    }
    pool = new Piscina({
      filename: worker.filename,
      execArgv: [...worker.execArgv],
      workerData: setup,
      // One core stays with the event loop, which answers everyone else meanwhile.
      maxThreads: options.maxThreads ?? Math.max(1, availableParallelism() - 1),
      minThreads: 0,
      idleTimeout: 60_000,
    })
    return pool
  }

  return {
    async render(task) {
      const outcome = summaryOutcomeSchema.parse(await started().run(task))
      if (!outcome.ok) {
        const { kind, message, code, params } = outcome
        // Rebuilt with its code and params, so the door sends what an inline render would.
        const coded = code ? { code, ...(params ? { params } : {}) } : undefined
        throw kind === 'not_found'
          ? new NotFoundError(message, coded)
          : new ConflictError(message, coded)
      }
      const pdf = Buffer.from(outcome.pdf.buffer, outcome.pdf.byteOffset, outcome.pdf.byteLength)
      return { fileName: outcome.fileName, pdf }
    },
    async close() {
      closed = true
      const running = pool
      pool = null
      if (running) await running.destroy()
    },
  }
}
