import type { Database } from 'better-sqlite3-multiple-ciphers'
import { LATEST_SCHEMA_VERSION } from '../db/migrations/index'
import { BackupRejectedError } from './backupRejectedError'
import { expectedSchema, schemaDifferences, schemaOf } from './expectedSchema'
import { openCandidate } from './openCandidate'
import type { CandidateOptions } from './openCandidate'

export { BackupRejectedError }

export interface CheckedDatabase {
  readonly schemaVersion: number
}

const NOT_OURS = 'This file is not a Clinic Intake backup'

/**
 * The checks that read only: a schema version this app knows, then exactly the tables, columns,
 * indexes and triggers of a Clinic Intake database of that version (anything else, such as a
 * trigger or a view someone added, rejects the file before any of its SQL can run), then
 * SQLite's full integrity_check and foreign_key_check.
 */
export function checkOpenCandidate(db: Database, nativeBinding?: string): CheckedDatabase {
  let schemaVersion: number
  try {
    schemaVersion = db.pragma('user_version', { simple: true }) as number
  } catch {
    throw new BackupRejectedError(
      'The backup file is not a readable database.',
      'backup_unreadable',
    )
  }
  if (schemaVersion > LATEST_SCHEMA_VERSION) {
    throw new BackupRejectedError(
      'The backup was made by a newer version of Clinic Intake. Install that version to restore it.',
      'backup_newer_version',
    )
  }
  if (schemaVersion < 1) throw new BackupRejectedError(`${NOT_OURS}.`, 'backup_not_ours')
  let differences: string[]
  try {
    differences = schemaDifferences(schemaOf(db), expectedSchema(schemaVersion, nativeBinding))
  } catch {
    throw new BackupRejectedError(
      'The backup file is damaged: its table list cannot be read.',
      'backup_damaged',
    )
  }
  if (differences.length) {
    const shown = differences.slice(0, 3).join('; ')
    const more = differences.length > 3 ? ` and ${differences.length - 3} more` : ''
    throw new BackupRejectedError(
      `${NOT_OURS}: it has ${shown}${more}. None of it was run.`,
      'backup_not_ours',
    )
  }
  let integrity: unknown
  let orphans: unknown[]
  try {
    integrity = db.pragma('integrity_check', { simple: true })
    orphans = integrity === 'ok' ? (db.pragma('foreign_key_check') as unknown[]) : []
  } catch {
    throw new BackupRejectedError(
      'The backup file is damaged: it failed the integrity check.',
      'backup_damaged',
    )
  }
  if (integrity !== 'ok') {
    throw new BackupRejectedError(
      'The backup file is damaged: it failed the integrity check.',
      'backup_damaged',
    )
  }
  if (orphans.length) {
    throw new BackupRejectedError(
      'The backup file is damaged: some records refer to records that are not in it.',
      'backup_damaged',
    )
  }
  return { schemaVersion }
}

/** The read-only check of a file: what a new backup passes before it is kept. */
export function checkDatabaseFile(file: string, options: CandidateOptions = {}): CheckedDatabase {
  const db = openCandidate(file, options)
  try {
    return checkOpenCandidate(db, options.nativeBinding)
  } finally {
    db.close()
  }
}
