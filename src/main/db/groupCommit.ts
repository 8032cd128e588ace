import type { Database } from 'better-sqlite3-multiple-ciphers'
import { createLogSync } from './logSync'

/**
 * Group commit: one wait for the disk shared by every call that committed meanwhile, and never
 * on the event loop.
 *
 * With `synchronous = FULL` SQLite syncs the write-ahead log inside every COMMIT, and
 * better-sqlite3 is synchronous: the clinic server's one event loop stood still for each sync,
 * so under twenty workstations a submit waited behind everyone else's syncs too. Here the
 * connection commits with `synchronous = NORMAL` (the log is written, not yet synced) and the
 * log file is synced here instead, on libuv's thread pool, once for all commits made since the
 * last sync. Every reply, live-update event and audit checkpoint file waits for the sync that
 * covers what the call saw (`durable`), so nothing anyone is told was saved, or is shown, can
 * be lost in a power cut: the guarantee of FULL, at a fraction of its cost under load.
 */
export interface GroupCommit {
  /**
   * Null when everything this connection has committed is already on disk; otherwise a
   * promise that settles once it is (rejected if the disk refused the sync).
   */
  durable(): Promise<void> | null
  /** Stops syncing; waiting calls are settled by the sync already under way. */
  close(): void
}

export interface GroupCommitParts {
  /** How many rows this connection has changed so far: a commit moves it (`total_changes()`). */
  readonly changeCount: () => number
  /** Syncs the write-ahead log: everything written to it before the call is on disk after. */
  readonly syncLog: () => Promise<void>
  readonly close?: () => void
}

export function createGroupCommit(parts: GroupCommitParts): GroupCommit {
  let seenChanges = parts.changeCount()
  /** Commits seen (a generation per change of the count), and how many of them are on disk. */
  let committed = 0
  let synced = 0
  let running: { readonly covers: number; readonly done: Promise<void> } | null = null
  let queued: Promise<void> | null = null

  function observe(): void {
    const changes = parts.changeCount()
    if (changes === seenChanges) return
    seenChanges = changes
    committed += 1
  }

  /** One sync covering every commit made before it starts. */
  function start(): Promise<void> {
    observe()
    const covers = committed
    const done = parts.syncLog().then(() => {
      synced = Math.max(synced, covers)
    })
    const settled = () => {
      if (running?.done === done) running = null
    }
    done.then(settled, settled)
    running = { covers, done }
    return done
  }

  return {
    durable() {
      observe()
      if (synced >= committed) return null
      if (!running) return start()
      if (running.covers >= committed) return running.done
      // Committed while a sync was under way, which may not include it: the next sync, shared
      // by everyone who commits until it starts.
      const after = () => {
        queued = null
        return start()
      }
      queued ??= running.done.then(after, after)
      return queued
    },
    close() {
      parts.close?.()
    },
  }
}

/** Group commit on a database connection opened by openDatabase (in WAL mode). */
export function groupCommitFor(db: Database): GroupCommit {
  db.pragma('synchronous = NORMAL')
  const changeCount = db.prepare<[], number>('SELECT total_changes()').pluck()
  const log = createLogSync(`${db.name}-wal`)
  return createGroupCommit({
    changeCount: () => changeCount.get() ?? 0,
    syncLog: log.sync,
    close: log.close,
  })
}
