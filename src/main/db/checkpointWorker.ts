import { createRequire } from 'node:module'
import { Worker } from 'node:worker_threads'
import { keyPragmas } from './keyedDatabase'

export interface CheckpointWorker {
  /** Copies the write-ahead log back into the database file; rejects with SQLite's code. */
  checkpoint(): Promise<void>
  /**
   * Closes the worker's connection before returning (after the checkpoint under way, if any):
   * the database may be closed, moved or swapped right after, with nothing of ours still in it.
   */
  close(): void
}

/** How long close waits for a checkpoint under way; one takes milliseconds. */
const CLOSE_WAIT_MS = 10_000

export interface CheckpointWorkerOptions {
  readonly file: string
  /** Null only for the benchmark's plaintext database. */
  readonly key: Buffer | null
  readonly nativeBinding?: string
}

/**
 * Plain CommonJS run in the worker: a connection of its own (keyed as every other), opened once,
 * that runs a passive checkpoint per message. A checkpoint copies pages and syncs the log and
 * the database file, several milliseconds that on the app's own connection would stop the event
 * loop, and with it every workstation's call. A passive checkpoint never waits for, nor blocks,
 * the app's connection.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads')
const Database = require(workerData.modulePath)
const { file, pragmas, nativeBinding, closed } = workerData
let db = null
const codeOf = (error) => (error && typeof error.code === 'string' ? error.code : 'unknown')
parentPort.on('message', (message) => {
  if (message === 'close') {
    try {
      if (db && db.open) db.close()
    } finally {
      Atomics.store(closed, 0, 1)
      Atomics.notify(closed, 0)
      parentPort.close()
    }
    return
  }
  try {
    if (!db) {
      db = new Database(file, Object.assign({ fileMustExist: true }, nativeBinding ? { nativeBinding } : {}))
      for (const pragma of pragmas) db.pragma(pragma)
    }
    db.pragma('wal_checkpoint(PASSIVE)')
    parentPort.postMessage({ ok: true })
  } catch (error) {
    parentPort.postMessage({ ok: false, code: codeOf(error) })
  }
})
`

const modulePath = createRequire(import.meta.url).resolve('better-sqlite3-multiple-ciphers')

type Reply = { readonly ok: true } | { readonly ok: false; readonly code: string }

export function createCheckpointWorker(options: CheckpointWorkerOptions): CheckpointWorker {
  let worker: Worker | null = null
  /** Set to 1 by the worker once its connection is closed. */
  let closed = new Int32Array(new SharedArrayBuffer(4))
  const waiting: ((reply: Reply) => void)[] = []

  function started(): Worker {
    if (worker) return worker
    closed = new Int32Array(new SharedArrayBuffer(4))
    const created = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: {
        modulePath,
        file: options.file,
        pragmas: options.key ? keyPragmas(options.key) : [],
        nativeBinding: options.nativeBinding ?? null,
        closed,
      },
    })
    created.on('message', (reply: Reply) => waiting.shift()?.(reply))
    const stopped = () => {
      if (worker === created) worker = null
      for (const settle of waiting.splice(0)) settle({ ok: false, code: 'WORKER_STOPPED' })
    }
    created.on('error', stopped)
    created.on('exit', stopped)
    // An idle checkpoint worker never keeps a process (the CLI, a test) alive.
    created.unref()
    worker = created
    return created
  }

  return {
    checkpoint() {
      const target = started()
      return new Promise<void>((resolve, reject) => {
        waiting.push((reply) => {
          if (reply.ok) return resolve()
          reject(Object.assign(new Error('The checkpoint did not run.'), { code: reply.code }))
        })
        target.postMessage('checkpoint')
      })
    },
    close() {
      const running = worker
      if (!running) return
      worker = null
      running.postMessage('close')
      // The worker answers messages in order, so this waits for a checkpoint under way too.
      Atomics.wait(closed, 0, 0, CLOSE_WAIT_MS)
    },
  }
}
