import type { Database } from 'better-sqlite3-multiple-ciphers'
import type { Logger } from '../log'

export interface IdleCheckpointOptions {
  /**
   * Runs one passive checkpoint: the core's runs on a connection in a worker thread
   * (checkpointWorker.ts), so its page copies and syncs never stop the event loop.
   */
  readonly run: () => Promise<void>
  /** Quiet time after a call before the log is copied back. */
  readonly idleMs?: number
  /** Calls after which it is copied back at the next gap, however busy the app is. */
  readonly maxCalls?: number
}

export interface IdleCheckpoints {
  /** Tells the scheduler a call has just been answered. */
  afterCall(): void
  stop(): void
}

/** SQLite's own checkpoint, kept as a safety net should the app never pause at all. */
const SAFETY_NET_PAGES = 10_000

/**
 * Copies the write-ahead log back into the database file between calls, not during one.
 *
 * By default SQLite does it inside whichever commit takes the log past 1,000 pages: copying them
 * and syncing the database file then adds several milliseconds to that one call (at clinic
 * scale, about one intake submit in 35). Here the copy runs once the app is idle (no call for
 * `idleMs`), or after `maxCalls` calls at the next gap between them, always after the reply has
 * gone out, and on a connection of its own in a worker thread (checkpointWorker.ts), so under
 * a clinic's load the page copies and syncs never hold up a call. A passive checkpoint never blocks or waits for anyone (a CLI process reading the
 * same file, say); durability is unchanged: every commit is already synced to the log.
 */
export function createIdleCheckpoints(
  db: Database,
  log: Logger,
  options: IdleCheckpointOptions,
): IdleCheckpoints {
  const idleMs = options.idleMs ?? 500
  const maxCalls = options.maxCalls ?? 50
  db.pragma(`wal_autocheckpoint = ${SAFETY_NET_PAGES}`)
  let calls = 0
  let idleTimer: ReturnType<typeof setTimeout> | undefined
  let soon: ReturnType<typeof setImmediate> | undefined

  let running = false

  function checkpoint(): void {
    clearTimeout(idleTimer)
    if (soon) clearImmediate(soon)
    idleTimer = undefined
    soon = undefined
    calls = 0
    // One at a time: the calls made meanwhile are copied by the next one.
    if (!db.open || running) return
    running = true
    options
      .run()
      // Not fatal: the log keeps every commit, and the next checkpoint copies it.
      .catch((error: unknown) => log.error('db.checkpoint_failed', error))
      .finally(() => {
        running = false
      })
  }

  return {
    afterCall() {
      calls += 1
      clearTimeout(idleTimer)
      if (calls >= maxCalls) {
        // setImmediate runs after the reply to this call has been handed on.
        soon ??= setImmediate(checkpoint).unref()
        return
      }
      idleTimer = setTimeout(checkpoint, idleMs)
      // A pending checkpoint never keeps a process (the CLI, a test) alive.
      idleTimer.unref()
    },
    stop() {
      clearTimeout(idleTimer)
      if (soon) clearImmediate(soon)
    },
  }
}
