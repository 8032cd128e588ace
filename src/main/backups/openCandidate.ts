import BetterSqlite3 from 'better-sqlite3-multiple-ciphers'
import type { Database } from 'better-sqlite3-multiple-ciphers'
import { isPlaintextDatabase, openKeyedDatabase } from '../db/keyedDatabase'
import type { InstallationKeys } from '../storage/installationKeys'
import { BackupRejectedError } from './backupRejectedError'

export interface CandidateOptions {
  readonly nativeBinding?: string
  /** This installation's keys: the database key opens its (encrypted) backups. */
  readonly keys?: InstallationKeys
}

const UNREADABLE =
  'The backup file is not a readable database, or it was encrypted by another Clinic Intake installation whose key this one does not have.'

/**
 * Opens a backup (or a copy of one) the way the app opens its database, through the one keyed
 * opener, with nothing of the file's own allowed to run: `trusted_schema = OFF` keeps functions
 * out of its schema, and the caller compares sqlite_master with the expected schema before
 * writing anything. A plaintext file (a backup from a version before encryption) opens as it
 * is; restore encrypts the checked copy before it is put in place.
 */
export function openCandidate(file: string, options: CandidateOptions = {}): Database {
  const binding = options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}
  if (options.keys && !isPlaintextDatabase(file)) {
    try {
      return openKeyedDatabase(file, {
        key: options.keys.database,
        untrustedSchema: true,
        ...binding,
      })
    } catch {
      throw new BackupRejectedError(UNREADABLE, 'backup_unreadable')
    }
  }
  let db: Database
  try {
    db = new BetterSqlite3(file, { fileMustExist: true, ...binding })
  } catch {
    throw new BackupRejectedError('The backup file could not be opened.', 'backup_unreadable')
  }
  try {
    db.pragma('trusted_schema = OFF')
    db.prepare('SELECT count(*) FROM sqlite_master').get()
  } catch {
    db.close()
    throw new BackupRejectedError(UNREADABLE, 'backup_unreadable')
  }
  return db
}
