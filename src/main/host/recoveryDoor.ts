import { join } from 'node:path'
import { contract } from '../../shared/contract/channels'
import type { RpcResult } from '../../shared/contract/errors'
import { toFieldIssues } from '../../shared/contract/errors'
import type { RestoreResult } from '../../shared/backups/backups'
import { describeBackupFolder } from '../backups/backupFiles'
import { BackupRejectedError } from '../backups/checkDatabaseFile'
import { prepareRestore } from '../backups/restoreDatabase'
import type { PreparedRestore } from '../backups/restoreDatabase'
import { loadSafetySettings } from '../backups/safetySettings'
import type { Caller } from '../door/dispatcher'

export type DatabaseProblem = 'damaged' | 'too_new'

/**
 * The door while the database cannot be opened safely. There are no accounts to check and no
 * trail to write, so it answers only what the damaged-database screen needs: the status, the
 * backups in the configured folder, and a restore of one of them (which the host then swaps in).
 * Everything else is refused. Inputs and replies are checked against the contract all the same.
 */
export function createRecoveryDoor(options: {
  readonly dataDir: string
  readonly problem: () => DatabaseProblem
  readonly nativeBinding?: string
  readonly restore: (prepared: PreparedRestore, caller: Caller) => Promise<RpcResult<RestoreResult>>
}) {
  const folder = () => loadSafetySettings(options.dataDir).backupFolder

  return async (channel: string, payload: unknown, caller: Caller): Promise<RpcResult<unknown>> => {
    switch (channel) {
      case 'auth.status':
        return { ok: true, value: { state: 'database_unavailable', reason: options.problem() } }
      case 'recovery.listBackups':
        return { ok: true, value: describeBackupFolder(folder()) }
      case 'recovery.restore': {
        const parsed = contract['recovery.restore'].input.safeParse(payload)
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
        if (options.problem() === 'too_new') {
          return {
            ok: false,
            error: {
              kind: 'conflict',
              message:
                'The database is from a newer version of the app; install that version instead of restoring.',
            },
          }
        }
        const listing = describeBackupFolder(folder())
        if (!listing.backups.some((backup) => backup.name === parsed.data.name)) {
          return {
            ok: false,
            error: { kind: 'not_found', message: 'This backup is no longer in the backup folder.' },
          }
        }
        try {
          const prepared = prepareRestore(
            options.dataDir,
            join(listing.folder, parsed.data.name),
            options.nativeBinding ? { nativeBinding: options.nativeBinding } : {},
          )
          return await options.restore(prepared, caller)
        } catch (error) {
          if (!(error instanceof BackupRejectedError)) throw error
          return {
            ok: false,
            error: { kind: 'conflict', message: `${error.message} Nothing was changed.` },
          }
        }
      }
      default:
        return {
          ok: false,
          error: {
            kind: 'unauthenticated',
            message: 'The database could not be opened safely.',
            reason: 'database_unavailable',
          },
        }
    }
  }
}
