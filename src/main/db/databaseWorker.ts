import { createRequire } from 'node:module'
import { Worker } from 'node:worker_threads'
import { keyPragmas } from './keyedDatabase'

/** Work on the whole database that would block the event loop for seconds at clinic scale. */
export type DatabaseTask =
  { readonly kind: 'quick_check' } | { readonly kind: 'vacuum_into'; readonly destination: string }

export type DatabaseTaskOutcome =
  | { readonly ok: true }
  | {
      readonly ok: false
      /** damaged: SQLite (or SQLCipher's page HMAC) found a bad page; failed: anything else. */
      readonly problem: 'damaged' | 'failed'
      /** SQLite's or Node's error code (SQLITE_FULL, ENOSPC, …): never a message with data. */
      readonly code?: string
    }

export interface DatabaseTaskOptions {
  readonly file: string
  readonly key: Buffer
  readonly nativeBinding?: string
  readonly task: DatabaseTask
}

export interface RunningDatabaseTask {
  readonly outcome: Promise<DatabaseTaskOutcome>
  /** Stops the worker (the app is closing); the outcome then settles as failed. */
  cancel(): Promise<void>
}

/**
 * Runs in the worker, as plain CommonJS: the worker has its own read-only connection keyed with
 * the same statements as every other (keyPragmas), so it never waits on, nor holds up, the
 * app's connection. A read-only connection may run VACUUM INTO; the copy it writes carries the
 * source's cipher and key, so a backup is as encrypted as the database.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads')
const Database = require(workerData.modulePath)
const { file, pragmas, nativeBinding, task } = workerData
const DAMAGE = new Set(['SQLITE_CORRUPT', 'SQLITE_NOTADB', 'SQLITE_CORRUPT_INDEX', 'SQLITE_CORRUPT_SEQUENCE'])
let db
try {
  db = new Database(file, Object.assign({ readonly: true, fileMustExist: true }, nativeBinding ? { nativeBinding } : {}))
  for (const pragma of pragmas) db.pragma(pragma)
  if (task.kind === 'quick_check') {
    const rows = db.pragma('quick_check')
    const ok = rows.length === 1 && rows[0].quick_check === 'ok'
    parentPort.postMessage(ok ? { ok: true } : { ok: false, problem: 'damaged' })
  } else {
    db.prepare('VACUUM INTO ?').run(task.destination)
    parentPort.postMessage({ ok: true })
  }
} catch (error) {
  const code = error && typeof error.code === 'string' ? error.code : undefined
  parentPort.postMessage(Object.assign({ ok: false, problem: DAMAGE.has(code) ? 'damaged' : 'failed' }, code ? { code } : {}))
} finally {
  if (db && db.open) db.close()
}
`

const modulePath = createRequire(import.meta.url).resolve('better-sqlite3-multiple-ciphers')

export function runDatabaseTask(options: DatabaseTaskOptions): RunningDatabaseTask {
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: {
      modulePath,
      file: options.file,
      pragmas: keyPragmas(options.key),
      nativeBinding: options.nativeBinding ?? null,
      task: options.task,
    },
  })
  const outcome = new Promise<DatabaseTaskOutcome>((resolve) => {
    let answered = false
    worker.once('message', (message: DatabaseTaskOutcome) => {
      answered = true
      resolve(message)
    })
    worker.once('error', (error: NodeJS.ErrnoException) => {
      answered = true
      resolve({ ok: false, problem: 'failed', ...(error.code ? { code: error.code } : {}) })
    })
    worker.once('exit', () => {
      if (!answered) resolve({ ok: false, problem: 'failed', code: 'WORKER_STOPPED' })
    })
  })
  return {
    outcome,
    async cancel() {
      await worker.terminate()
    },
  }
}

/** The outcome of a failed task as an Error carrying its code, for callers that throw. */
export function taskError(outcome: DatabaseTaskOutcome, message: string): Error {
  const error = new Error(message) as NodeJS.ErrnoException
  if (!outcome.ok && outcome.code) error.code = outcome.code
  return error
}
