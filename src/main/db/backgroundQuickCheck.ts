import type { Database } from 'better-sqlite3-multiple-ciphers'
import type { Logger } from '../log'
import { runDatabaseTask } from './databaseWorker'
import type { RunningDatabaseTask } from './databaseWorker'
import { fullCheckRanAtOpen, keepUncleanMarker } from './openDatabase'

export interface BackgroundQuickCheckOptions {
  readonly db: Database
  readonly key: Buffer
  readonly nativeBinding?: string
  readonly log: Logger
  /** Called once if the check finds damage: the host takes the app to the recovery screen. */
  readonly onDamaged: () => void
  /** No check at all (the benchmark's plaintext runs). */
  readonly skip?: boolean
  /** Wait before starting, so the check does not compete with the first screen. */
  readonly delayMs?: number
}

export interface BackgroundQuickCheck {
  /** Settles when the check has run (or was not needed, or was stopped). */
  readonly done: Promise<'ok' | 'damaged' | 'not_run'>
  stop(): Promise<void>
}

/**
 * SQLite's quick_check after a clean start, on a worker thread with its own read-only
 * connection: on the 250,000-intake database it reads every page (seconds), which would keep the
 * app from starting if it ran at open and freeze it if it ran on the event loop. After an
 * unclean shutdown the full integrity_check already ran at open, so this one is skipped.
 */
export function scheduleBackgroundQuickCheck(
  options: BackgroundQuickCheckOptions,
): BackgroundQuickCheck {
  const { db, log } = options
  if (options.skip || fullCheckRanAtOpen(db)) {
    return { done: Promise.resolve('not_run'), stop: async () => {} }
  }
  let stopped = false
  let running: RunningDatabaseTask | null = null
  let timer: ReturnType<typeof setTimeout> | undefined
  let settle: (result: 'ok' | 'damaged' | 'not_run') => void = () => {}
  const done = new Promise<'ok' | 'damaged' | 'not_run'>((resolve) => {
    settle = resolve
    timer = setTimeout(() => {
      if (stopped || !db.open) return resolve('not_run')
      const started = performance.now()
      running = runDatabaseTask({
        file: db.name,
        key: options.key,
        task: { kind: 'quick_check' },
        ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
      })
      void running.outcome.then((outcome) => {
        const ms = Math.round(performance.now() - started)
        if (outcome.ok) {
          log.info('database.quick_check_ok', { ms })
          return resolve('ok')
        }
        if (stopped) return resolve('not_run')
        if (outcome.problem === 'damaged') {
          log.error('database.quick_check_failed', new Error('quick_check found damage'), { ms })
          keepUncleanMarker(db)
          options.onDamaged()
          return resolve('damaged')
        }
        // Not damage (no memory, a file system hiccup): the next start checks again.
        log.error('database.quick_check_not_run', new Error('quick_check did not run'), {
          code: outcome.code ?? 'unknown',
        })
        resolve('not_run')
      })
    }, options.delayMs ?? 2000)
    // A pending check never keeps a process (the CLI, a test) alive.
    timer.unref()
  })
  return {
    done,
    async stop() {
      stopped = true
      clearTimeout(timer)
      if (running) await running.cancel()
      else settle('not_run')
    },
  }
}
