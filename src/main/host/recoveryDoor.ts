import { join } from 'node:path'
import { contract, isChannelName } from '../../shared/contract/channels'
import type { RpcError, RpcResult } from '../../shared/contract/errors'
import { toFieldIssues } from '../../shared/contract/errors'
import type { RestoreResult } from '../../shared/backups/backups'
import { describeBackupFolder } from '../backups/backupFiles'
import { BackupRejectedError } from '../backups/backupRejectedError'
import { inspectBackup, prepareRestore } from '../backups/restoreDatabase'
import type { PreparedRestore, RestoreOptions } from '../backups/restoreDatabase'
import { loadSafetySettings } from '../backups/safetySettings'
import type { Caller } from '../door/dispatcher'
import type { InstallationKeys } from '../storage/installationKeys'

/** disk_full / read_only: the disk, not the data (see storageErrors); restoring would not help. */
export type DatabaseProblem = 'damaged' | 'too_new' | 'disk_full' | 'read_only'

const UNAVAILABLE: RpcError = {
  kind: 'unauthenticated',
  message: 'The database could not be opened safely.',
  reason: 'database_unavailable',
}

const TOO_NEW: RpcError = {
  kind: 'conflict',
  message:
    'The database is from a newer version of the app; install that version instead of restoring.',
  code: 'database_too_new',
}

/**
 * The channels the recovery door answers, and who may call each: the damaged-database screen
 * (any shell, nobody signed in: there are no accounts to check) restores only from the backup
 * folder; the server's console (the CLI) may name a file, as it may through the open door.
 */
const RECOVERY_CHANNELS = new Set([
  'auth.status',
  'recovery.listBackups',
  'recovery.inspect',
  'recovery.restore',
])
const CONSOLE_RECOVERY_CHANNELS = new Set(['backups.inspectFile', 'backups.restoreFile'])

/**
 * The door while the database cannot be opened safely. There are no accounts to check and no
 * trail to write (the host records the restore in the restored database), so it answers only
 * what recovery needs: the status, the backups, what a backup holds, and a restore (which the
 * host then swaps in). Everything else is refused. Inputs and replies are checked against the
 * contract like at the open door, and a backup from elsewhere needs the same confirmation.
 */
export function createRecoveryDoor(options: {
  readonly dataDir: string
  readonly keys: InstallationKeys
  readonly problem: () => DatabaseProblem
  readonly nativeBinding?: string
  readonly restore: (prepared: PreparedRestore, caller: Caller) => Promise<RpcResult<RestoreResult>>
}) {
  const folder = () => loadSafetySettings(options.dataDir).backupFolder
  const restoreOptions = (confirmedSha256?: string): RestoreOptions => ({
    keys: options.keys,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    confirmedSha256,
  })

  /** A backup named from the list of the backup folder (never a path from a screen). */
  function listed(name: string): string | null {
    const listing = describeBackupFolder(folder())
    return listing.backups.some((backup) => backup.name === name)
      ? join(listing.folder, name)
      : null
  }

  async function handle(channel: string, input: Record<string, unknown>, caller: Caller) {
    if (channel === 'auth.status') {
      return { state: 'database_unavailable', reason: options.problem() }
    }
    if (channel === 'recovery.listBackups') return describeBackupFolder(folder())
    const restoring = channel === 'recovery.restore' || channel === 'backups.restoreFile'
    // Said before anything about the backup: no backup helps with a database that is too new.
    if (restoring && options.problem() === 'too_new') return { error: TOO_NEW }
    const source =
      typeof input.file === 'string'
        ? input.file
        : listed(typeof input.name === 'string' ? input.name : '')
    if (source === null)
      return {
        error: {
          kind: 'not_found',
          message: 'This backup is no longer in the backup folder.',
          code: 'backup_missing',
        } as RpcError,
      }
    if (channel === 'recovery.inspect' || channel === 'backups.inspectFile') {
      return inspectBackup(options.dataDir, source, restoreOptions())
    }
    const confirmed = typeof input.confirmedSha256 === 'string' ? input.confirmedSha256 : undefined
    const prepared = prepareRestore(options.dataDir, source, restoreOptions(confirmed))
    return { settled: await options.restore(prepared, caller) }
  }

  return async (channel: string, payload: unknown, caller: Caller): Promise<RpcResult<unknown>> => {
    const allowed =
      caller.shell === 'cli'
        ? CONSOLE_RECOVERY_CHANNELS.has(channel)
        : RECOVERY_CHANNELS.has(channel)
    if (!allowed || !isChannelName(channel)) return { ok: false, error: UNAVAILABLE }
    const definition = contract[channel]
    const parsed = definition.input.safeParse(payload)
    if (!parsed.success) {
      return {
        ok: false,
        error: {
          kind: 'validation',
          message: 'Some answers need attention.',
          issues: toFieldIssues(parsed.error.issues),
        },
      }
    }
    let reply: unknown
    try {
      reply = await handle(channel, parsed.data as Record<string, unknown>, caller)
    } catch (error) {
      if (!(error instanceof BackupRejectedError)) throw error
      return {
        ok: false,
        error: {
          kind: 'conflict',
          message: `${error.message} Nothing was changed.`,
          code: error.code,
        },
      }
    }
    if (typeof reply === 'object' && reply !== null && 'error' in reply) {
      return { ok: false, error: (reply as { error: RpcError }).error }
    }
    if (typeof reply === 'object' && reply !== null && 'settled' in reply) {
      return (reply as { settled: RpcResult<unknown> }).settled
    }
    const checked = definition.output.safeParse(reply)
    if (!checked.success) throw new Error(`Reply to ${channel} broke the contract`)
    return { ok: true, value: checked.data }
  }
}
