import BetterSqlite3 from 'better-sqlite3-multiple-ciphers'
import { LATEST_SCHEMA_VERSION } from '../db/migrations/index'

/** A backup that must not be used; the message says why, for the screen and the CLI. */
export class BackupRejectedError extends Error {
  override readonly name = 'BackupRejectedError'
}

export interface CheckedDatabase {
  readonly schemaVersion: number
}

/**
 * The full check a file passes before it may become the clinic's database: SQLite's
 * integrity_check (every page, index and constraint, not just the quick one), a schema version
 * this app knows, and the tables of a Clinic Intake database.
 */
export function checkDatabaseFile(
  file: string,
  options: { readonly nativeBinding?: string } = {},
): CheckedDatabase {
  let db: BetterSqlite3.Database
  try {
    db = new BetterSqlite3(file, {
      fileMustExist: true,
      ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    })
  } catch {
    throw new BackupRejectedError('The backup file could not be opened.')
  }
  try {
    let integrity: unknown
    try {
      integrity = db.pragma('integrity_check', { simple: true })
    } catch {
      throw new BackupRejectedError('The backup file is not a readable database.')
    }
    if (integrity !== 'ok') {
      throw new BackupRejectedError('The backup file is damaged: it failed the integrity check.')
    }
    const schemaVersion = db.pragma('user_version', { simple: true }) as number
    if (schemaVersion > LATEST_SCHEMA_VERSION) {
      throw new BackupRejectedError(
        'The backup was made by a newer version of Clinic Intake. Install that version to restore it.',
      )
    }
    const hasPatients = db
      .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'patients'")
      .get()
    if (schemaVersion < 1 || !hasPatients) {
      throw new BackupRejectedError('This file is not a Clinic Intake backup.')
    }
    return { schemaVersion }
  } finally {
    db.close()
  }
}
