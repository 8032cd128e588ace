import { basename, join } from 'node:path'
import type { Database } from 'better-sqlite3-multiple-ciphers'
import type { Handlers } from '../door/dispatcher'
import { BadRequestError, ConflictError, NotFoundError } from '../door/errors'
import { backupIntoFolder } from './backupDatabase'
import { describeBackupFolder } from './backupFiles'
import { BackupRejectedError } from './checkDatabaseFile'
import { asideNameFor, prepareRestore } from './restoreDatabase'
import type { PreparedRestore } from './restoreDatabase'
import type { SafetySettingsStore } from './safetySettingsStore'

type BackupChannels =
  | 'backups.list'
  | 'backups.run'
  | 'backups.restore'
  | 'safety.getSettings'
  | 'safety.saveSettings'
  | 'recovery.listBackups'
  | 'recovery.restore'

export interface BackupDependencies {
  readonly db: Database
  readonly dataDir: string
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

export function createBackupHandlers(deps: BackupDependencies): Pick<Handlers, BackupChannels> {
  const binding = deps.nativeBinding ? { nativeBinding: deps.nativeBinding } : {}
  const view = () => ({
    ...deps.safety.get(),
    idleLockOverrideSeconds: deps.idleLockOverrideSeconds,
  })

  return {
    'backups.list': () => describeBackupFolder(deps.safety.get().backupFolder),

    'backups.run': async () => {
      const { backupFolder, backupRetention } = deps.safety.get()
      try {
        return await backupIntoFolder(deps.db, backupFolder, backupRetention, deps.now(), binding)
      } catch (error) {
        if (error instanceof BackupRejectedError) {
          throw new ConflictError(
            `The new backup failed its check and was not kept. ${error.message}`,
          )
        }
        throw new ConflictError(
          'The backup could not be written to the backup folder. Check that the folder exists and the drive is connected.',
        )
      }
    },

    'backups.restore': ({ name }) => {
      if (!deps.onRestoreReady) throw new BadRequestError('Restoring is not available here.')
      const listing = describeBackupFolder(deps.safety.get().backupFolder)
      if (!listing.backups.some((backup) => backup.name === name)) {
        throw new NotFoundError('This backup is no longer in the backup folder.')
      }
      let prepared: PreparedRestore
      try {
        prepared = prepareRestore(deps.dataDir, join(listing.folder, name), binding)
      } catch (error) {
        if (error instanceof BackupRejectedError) {
          throw new ConflictError(`${error.message} Nothing was changed.`)
        }
        throw error
      }
      deps.onRestoreReady(prepared)
      return { restoredFrom: name, keptAsideAs: basename(asideNameFor(deps.dataDir, deps.now())) }
    },

    'safety.getSettings': view,

    'safety.saveSettings': (settings) => {
      deps.safety.save(settings)
      return view()
    },

    'recovery.listBackups': () => {
      throw new ConflictError(DATABASE_IS_FINE)
    },
    'recovery.restore': () => {
      throw new ConflictError(DATABASE_IS_FINE)
    },
  }
}
