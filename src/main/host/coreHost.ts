import { basename } from 'node:path'
import type { RpcResult } from '../../shared/contract/errors'
import type { RestoreResult } from '../../shared/backups/backups'
import { backupIntoFolder } from '../backups/backupDatabase'
import { hasBackupFromDay } from '../backups/backupFiles'
import { swapInRestore } from '../backups/restoreDatabase'
import type { PreparedRestore } from '../backups/restoreDatabase'
import { openCore } from '../core'
import type { Core, CoreOptions } from '../core'
import { DatabaseDamagedError, DatabaseTooNewError } from '../db/openDatabase'
import type { Caller, Dispatch } from '../door/dispatcher'
import { createRecoveryDoor } from './recoveryDoor'
import type { DatabaseProblem } from './recoveryDoor'

export interface CoreHostOptions extends Omit<CoreOptions, 'onRestoreReady'> {
  /** Which shell runs the host, for the audit entries of scheduled backups. */
  readonly shell: 'desktop' | 'browser'
  /** Check at start and every hour that today's backup exists (the shells; not tests). */
  readonly scheduleBackups?: boolean
}

export interface CoreHost {
  readonly dispatch: Dispatch
  /** The open core; null while the database cannot be opened safely. */
  core(): Core | null
  problem(): DatabaseProblem | null
  /** Makes today's backup if daily backups are on and none exists yet for today. */
  checkDailyBackup(): Promise<void>
  close(): void
}

const HOUR_MS = 60 * 60 * 1000

/**
 * What the shells run: the core, or (when the database is damaged or too new) the recovery door,
 * never an empty database in its place. It also swaps a restored backup in, which the core cannot
 * do for itself: every call in flight finishes first, and new calls wait until the swap is done.
 */
export function openCoreHost(options: CoreHostOptions): CoreHost {
  const now = options.now ?? (() => new Date())
  const log = options.log
  let core: Core | null = null
  let problem: DatabaseProblem | null = null
  let pendingRestore: PreparedRestore | null = null
  let inFlight = 0
  let drained: (() => void) | null = null
  let gate: Promise<void> | null = null

  function open(): void {
    try {
      core = openCore({ ...options, onRestoreReady: (prepared) => (pendingRestore = prepared) })
      problem = null
    } catch (error) {
      if (error instanceof DatabaseTooNewError) problem = 'too_new'
      else if (error instanceof DatabaseDamagedError) problem = 'damaged'
      else throw error
      log.error('database.unavailable', error, { problem })
      core = null
    }
  }

  /** Runs `task` alone: waits for calls in flight, holds new ones until it is done. */
  async function exclusive<T>(task: () => Promise<T> | T): Promise<T> {
    let release = () => {}
    gate = new Promise<void>((resolve) => (release = resolve))
    try {
      if (inFlight > 0) await new Promise<void>((resolve) => (drained = resolve))
      return await task()
    } finally {
      gate = null
      release()
    }
  }

  /** Closes the database, puts the prepared backup in its place and opens it. */
  function swap(
    prepared: PreparedRestore,
    caller: Caller,
    user: { id: number; username: string } | null,
    detail: string,
  ): RpcResult<RestoreResult> {
    core?.close()
    core = null
    const swapped = swapInRestore(options.dataDir, prepared, now())
    open()
    if (!core) {
      // The restored file passed its check but will not open: put the previous one back.
      swapped.undo()
      open()
      return {
        ok: false,
        error: {
          kind: 'conflict',
          message: 'The backup could not be opened after all. The previous database was put back.',
        },
      }
    }
    const restored: Core = core
    restored.audit.append({ user, shell: caller.shell, action: 'restore', outcome: 'ok', detail })
    log.info('database.restored', { schemaVersion: prepared.schemaVersion })
    return {
      ok: true,
      value: { restoredFrom: basename(prepared.source), keptAsideAs: swapped.keptAsideAs ?? '' },
    }
  }

  const recovery = createRecoveryDoor({
    dataDir: options.dataDir,
    problem: () => problem ?? 'damaged',
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    restore: (prepared, caller) => exclusive(() => swap(prepared, caller, null, 'recovery')),
  })

  const dispatch: Dispatch = async (channel, payload, caller) => {
    while (gate) await gate
    const current = core
    if (!current) return recovery(channel, payload, caller)
    inFlight += 1
    let result
    try {
      result = await current.dispatch(channel, payload, caller)
    } finally {
      inFlight -= 1
      if (inFlight === 0 && drained) {
        drained()
        drained = null
      }
    }
    if (channel === 'backups.restore' && result.ok && pendingRestore) {
      const prepared = pendingRestore
      pendingRestore = null
      const view = current.sessions.peek(caller.sessionKey)
      const user =
        view.state === 'signed_out' ? null : { id: view.user.id, username: view.user.username }
      return exclusive(() => swap(prepared, caller, user, 'completed'))
    }
    return result
  }

  async function checkDailyBackup(): Promise<void> {
    const current = core
    if (!current) return
    const settings = current.safety.get()
    if (!settings.dailyBackups || hasBackupFromDay(settings.backupFolder, now())) return
    // Before the first account exists there is nothing worth keeping yet; the hourly check
    // makes the day's backup once there is.
    if (!current.db.prepare('SELECT 1 FROM users LIMIT 1').get()) return
    const entry = { user: null, shell: options.shell, action: 'backup', detail: 'daily' } as const
    try {
      await backupIntoFolder(current.db, settings.backupFolder, settings.backupRetention, now(), {
        ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
      })
      if (core === current) current.audit.append({ ...entry, outcome: 'ok' })
      log.info('backup.daily_written')
    } catch (error) {
      log.error('backup.daily_failed', error)
      if (core === current) current.audit.append({ ...entry, outcome: 'failed' })
    }
  }

  open()
  let timer: ReturnType<typeof setInterval> | null = null
  if (options.scheduleBackups) {
    void checkDailyBackup()
    timer = setInterval(() => void checkDailyBackup(), HOUR_MS)
    timer.unref()
  }

  return {
    dispatch,
    core: () => core,
    problem: () => problem,
    checkDailyBackup,
    close() {
      if (timer) clearInterval(timer)
      core?.close()
      core = null
    },
  }
}
