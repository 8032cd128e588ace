import { basename, join } from 'node:path'
import type { Database } from 'better-sqlite3-multiple-ciphers'
import type { Handlers } from '../door/dispatcher'
import { BadRequestError, ConflictError, NotFoundError } from '../door/errors'
import type { InstallationKeys } from '../storage/installationKeys'
import { backupDatabaseTo, backupIntoFolder } from './backupDatabase'
import { describeBackupFolder } from './backupFiles'
import { BackupRejectedError } from './backupRejectedError'
import { asideNameFor, inspectBackup, prepareRestore } from './restoreDatabase'
import type { PreparedRestore, RestoreOptions } from './restoreDatabase'
import type { SafetySettingsStore } from './safetySettingsStore'

type BackupChannels =
  | 'backups.list'
  | 'backups.run'
  | 'backups.inspect'
  | 'backups.restore'
  | 'backups.writeTo'
  | 'backups.inspectFile'
  | 'backups.restoreFile'
  | 'safety.getSettings'
  | 'safety.saveSettings'
  | 'recovery.listBackups'
  | 'recovery.inspect'
  | 'recovery.restore'

export interface BackupDependencies {
  readonly db: Database
  readonly dataDir: string
  readonly keys: InstallationKeys
  readonly safety: SafetySettingsStore
  readonly now: () => Date
  readonly nativeBinding?: string
  readonly idleLockOverrideSeconds: number | null
  /**
   * Receives a checked backup; the host swaps it in once this call has been answered and
   * recorded (the database cannot be replaced while the call that asked for it still uses it).
   */
  readonly onRestoreReady?: (prepared: PreparedRestore) => void
}

const DATABASE_IS_FINE = 'The database is working. Restore from the Backups screen instead.'

/** A refused backup, as the screens and the CLI show it. */
export function rejectedBackup(error: unknown): never {
  if (error instanceof BackupRejectedError) {
    throw new ConflictError(`${error.message} Nothing was changed.`, { code: error.code })
  }
  throw error
}

export function createBackupHandlers(deps: BackupDependencies): Pick<Handlers, BackupChannels> {
  const binding = deps.nativeBinding ? { nativeBinding: deps.nativeBinding } : {}
  const options = (confirmedSha256?: string): RestoreOptions => ({
    keys: deps.keys,
    ...binding,
    confirmedSha256,
  })
  const view = () => ({
    ...deps.safety.get(),
    idleLockOverrideSeconds: deps.idleLockOverrideSeconds,
  })

  /** A backup from the list of the backup folder, never a path from the caller. */
  function listedBackup(name: string): string {
    const listing = describeBackupFolder(deps.safety.get().backupFolder)
    if (!listing.backups.some((backup) => backup.name === name)) {
      throw new NotFoundError('This backup is no longer in the backup folder.', {
        code: 'backup_missing',
      })
    }
    return join(listing.folder, name)
  }

  function restore(source: string, confirmedSha256: string | undefined) {
    if (!deps.onRestoreReady) {
      throw new BadRequestError('Restoring is not available here.', { code: 'restore_unavailable' })
    }
    let prepared: PreparedRestore
    try {
      prepared = prepareRestore(deps.dataDir, source, options(confirmedSha256))
    } catch (error) {
      rejectedBackup(error)
    }
    deps.onRestoreReady(prepared)
    // The host answers with the names the swap actually used; these are what it will use.
    const aside = asideNameFor(deps.dataDir, deps.now())
    return { restoredFrom: basename(source), keptAsideAs: basename(aside), keptAsidePath: aside }
  }

  function inspect(source: string) {
    try {
      return inspectBackup(deps.dataDir, source, options())
    } catch (error) {
      rejectedBackup(error)
    }
  }

  async function writeBackup<T>(write: () => Promise<T>): Promise<T> {
    try {
      return await write()
    } catch (error) {
      if (error instanceof BackupRejectedError) {
        throw new ConflictError(
          `The new backup failed its check and was not kept. ${error.message}`,
          { code: 'backup_check_failed' },
        )
      }
      if ((error as Error).message.endsWith('already exists')) {
        throw new ConflictError('A file with that name is already there; choose another name.', {
          code: 'backup_name_taken',
        })
      }
      throw new ConflictError(
        'The backup could not be written to the backup folder. Check that the folder exists and the drive is connected.',
        { code: 'backup_write_failed' },
      )
    }
  }

  return {
    'backups.list': () => describeBackupFolder(deps.safety.get().backupFolder),

    'backups.run': async () => {
      const { backupFolder, backupRetention } = deps.safety.get()
      return writeBackup(() =>
        backupIntoFolder(deps.db, backupFolder, backupRetention, deps.now(), {
          ...binding,
          keys: deps.keys,
        }),
      )
    },

    'backups.inspect': ({ name }) => inspect(listedBackup(name)),

    'backups.restore': ({ name, confirmedSha256 }) => restore(listedBackup(name), confirmedSha256),

    'backups.writeTo': async ({ file }) => {
      const written = await writeBackup(() =>
        backupDatabaseTo(deps.db, file, { ...binding, keys: deps.keys }),
      )
      return { file, sizeBytes: written.sizeBytes }
    },

    'backups.inspectFile': ({ file }) => inspect(file),

    'backups.restoreFile': ({ file, confirmedSha256 }) => restore(file, confirmedSha256),

    'safety.getSettings': view,

    'safety.saveSettings': (settings) => {
      deps.safety.save(settings)
      return view()
    },

    'recovery.listBackups': () => {
      throw new ConflictError(DATABASE_IS_FINE, { code: 'database_is_fine' })
    },
    'recovery.inspect': () => {
      throw new ConflictError(DATABASE_IS_FINE, { code: 'database_is_fine' })
    },
    'recovery.restore': () => {
      throw new ConflictError(DATABASE_IS_FINE, { code: 'database_is_fine' })
    },
  }
}
