import { basename } from 'node:path'
import type { RpcResult } from '../../shared/contract/errors'
import type { RestoreResult } from '../../shared/backups/backups'
import { backupIntoFolder } from '../backups/backupDatabase'
import { hasBackupFromDay } from '../backups/backupFiles'
import { discardPrepared, swapInRestore } from '../backups/restoreDatabase'
import type { PreparedRestore, SwappedRestore } from '../backups/restoreDatabase'
import { openCore } from '../core'
import type { Core, CoreOptions } from '../core'
import { storageProblemOf } from '../storageErrors/storageProblem'
import { DatabaseDamagedError, DatabaseTooNewError } from '../db/openDatabase'
import type { Caller, Dispatch } from '../door/dispatcher'
import { acquireDataDirLock } from '../storage/dataDirLock'
import type { LockProgram } from '../storage/dataDirLock'
import { loadOrCreateKeyFile } from '../storage/keyFile'
import type { InstallationKeys } from '../storage/installationKeys'
import { createRecoveryDoor } from './recoveryDoor'
import type { DatabaseProblem } from './recoveryDoor'

export interface CoreHostOptions extends Omit<CoreOptions, 'onRestoreReady'> {
  /**
   * Which program runs the host: for the audit entries of scheduled backups, and the data
   * folder's lock, which the host holds while it is open (so no other program, the CLI's
   * restore above all, can change the database under it).
   */
  readonly shell: 'desktop' | 'browser' | 'cli'
  /** Who the data folder's lock names, when not the shell (the clinic server: `server`). */
  readonly lockProgram?: LockProgram
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
  const lock = acquireDataDirLock(options.dataDir, options.lockProgram ?? options.shell, {
    onLost: (error) => log.error('data_folder.lock_lost', error),
  })
  let keys: InstallationKeys
  try {
    keys = options.keys ?? loadOrCreateKeyFile(options.dataDir)
  } catch (error) {
    lock.release()
    throw error
  }
  let core: Core | null = null
  let problem: DatabaseProblem | null = null
  let pendingRestore: PreparedRestore | null = null
  let inFlight = 0
  let drained: (() => void) | null = null
  let gate: Promise<void> | null = null

  function open(): void {
    try {
      core = openCore({
        ...options,
        keys,
        onRestoreReady: (prepared) => (pendingRestore = prepared),
        // STORAGE: the background quick_check found damage. Calls in flight finish; then the
        // database closes (never replaced) and the app shows the recovery screen.
        onDatabaseDamaged: () => void exclusive(() => takeOutOfService()),
      })
      problem = null
    } catch (error) {
      // ACCOUNTS: a full or read-only disk is its own problem, never "damaged" (see storageProblem).
      const storage = storageProblemOf(error)
      if (storage) problem = storage
      else if (error instanceof DatabaseTooNewError) problem = 'too_new'
      else if (error instanceof DatabaseDamagedError) problem = 'damaged'
      else throw error
      log.error('database.unavailable', error, { problem })
      core = null
    }
  }

  function takeOutOfService(): void {
    core?.close()
    core = null
    problem = 'damaged'
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
    let swapped: SwappedRestore
    try {
      swapped = swapInRestore(options.dataDir, prepared, now())
    } catch (error) {
      // Nothing was moved: the database is the one that was there before.
      log.error('database.restore_swap_failed', error)
      open()
      return {
        ok: false,
        error: {
          kind: 'conflict',
          message:
            'The backup could not be put in place, so the database was left as it was. Nothing was changed. Check that the data folder is writable and has free space, then try again.',
        },
      }
    }
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
    try {
      // The checkpoint file was rewritten from the backup in the swap; it now follows the
      // restore's own entry, as after any call.
      restored.audit.flushCheckpoint()
    } catch (error) {
      // The database keeps its own checkpoint; the file catches up after the next call.
      log.error('audit.checkpoint_file_failed', error)
    }
    log.info('database.restored', { schemaVersion: prepared.schemaVersion })
    return {
      ok: true,
      value: {
        restoredFrom: basename(prepared.source),
        keptAsideAs: swapped.keptAsideAs ?? '',
        keptAsidePath: swapped.keptAsidePath ?? '',
      },
    }
  }

  const recovery = createRecoveryDoor({
    dataDir: options.dataDir,
    keys,
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
    if (pendingRestore) {
      const prepared = pendingRestore
      pendingRestore = null
      // A restore whose call failed after all (its audit entry could not be written) is dropped.
      if (!result.ok) {
        discardPrepared(prepared)
        return result
      }
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
    // A background task: nothing here may end the process, so a trail that cannot be written
    // either (a full disk) is logged, never thrown.
    const record = (outcome: 'ok' | 'failed') => {
      try {
        if (core === current) current.audit.append({ ...entry, outcome })
      } catch (error) {
        log.error('backup.daily_audit_failed', error, { outcome })
      }
    }
    try {
      await backupIntoFolder(current.db, settings.backupFolder, settings.backupRetention, now(), {
        ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
        keys,
      })
      record('ok')
      log.info('backup.daily_written')
    } catch (error) {
      log.error('backup.daily_failed', error)
      record('failed')
    }
  }

  try {
    open()
  } catch (error) {
    lock.release()
    throw error
  }
  let timer: ReturnType<typeof setInterval> | null = null
  if (options.scheduleBackups) {
    // Background: a failure is logged and tried again next hour, never left unhandled.
    const scheduled = () =>
      void checkDailyBackup().catch((error: unknown) =>
        log.error('backup.daily_check_failed', error),
      )
    scheduled()
    timer = setInterval(scheduled, HOUR_MS)
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
      lock.release()
    },
  }
}
