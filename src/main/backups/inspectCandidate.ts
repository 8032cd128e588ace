import type { Database } from 'better-sqlite3-multiple-ciphers'
import type { SignedSeal } from '../audit/auditSeal'
import { ownCheckpointOf } from '../audit/restoredCheckpoint'
import { verifyAuditChain } from '../audit/verifyAuditChain'
import type { InstallationKeys } from '../storage/installationKeys'
import { migrate } from '../db/migrate'
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../db/migrations/index'
import { BackupRejectedError } from './backupRejectedError'
import { checkOpenCandidate } from './checkDatabaseFile'
import { expectedSchema, schemaDifferences, schemaOf } from './expectedSchema'
import { openCandidate } from './openCandidate'
import type { CandidateOptions } from './openCandidate'

export interface CandidateContents {
  readonly patients: number
  readonly intakes: number
  readonly accounts: { username: string; role: string; disabled: boolean }[]
  readonly auditTrail: 'intact' | 'not_verified'
}

/**
 * The trail checked with this installation's audit key (a backup carries its own checkpoint).
 * Another installation's backup cannot pass: its chain was keyed with a key this one lacks.
 */
function auditTrailHolds(db: Database, keys: InstallationKeys | undefined): boolean {
  if (!keys) return false
  try {
    return verifyAuditChain(db, keys.audit).intact
  } catch {
    return false
  }
}

/**
 * Everything the app checks on a candidate copy, in an order where nothing the file carries can
 * run before it is known to be ours: the read-only checks (version, exact schema, integrity,
 * foreign keys), then the migrations up to this version on the copy, the schema again, the audit
 * trail, and what it holds. The copy is left as a single file ready to be put in place.
 */
export function inspectCandidate(
  file: string,
  options: CandidateOptions,
): { schemaVersion: number; contents: CandidateContents; auditCheckpoint: SignedSeal | null } {
  const db = openCandidate(file, options)
  try {
    const { schemaVersion } = checkOpenCandidate(db, options.nativeBinding)
    try {
      db.pragma('foreign_keys = ON')
      migrate(db, MIGRATIONS)
    } catch {
      throw new BackupRejectedError(
        'The backup could not be brought up to this version of Clinic Intake. Nothing was changed.',
        'backup_cannot_upgrade',
      )
    }
    const after = schemaDifferences(
      schemaOf(db),
      expectedSchema(LATEST_SCHEMA_VERSION, options.nativeBinding),
    )
    if (after.length) {
      throw new BackupRejectedError('This file is not a Clinic Intake backup.', 'backup_not_ours')
    }
    const count = (table: string) =>
      db.prepare<[], { n: number }>(`SELECT count(*) AS n FROM ${table}`).get()?.n ?? 0
    const accounts = db
      .prepare<[], { username: string; role: string; disabled: number }>(
        'SELECT username, role, disabled FROM users ORDER BY role, username',
      )
      .all()
      .map((row) => ({ username: row.username, role: row.role, disabled: row.disabled !== 0 }))
    const contents: CandidateContents = {
      patients: count('patients'),
      intakes: count('intakes'),
      accounts,
      auditTrail: auditTrailHolds(db, options.keys) ? 'intact' : 'not_verified',
    }
    // What the checkpoint file must say once this copy is the database (see swapInRestore).
    const auditCheckpoint = options.keys ? ownCheckpointOf(db, options.keys.audit) : null
    return { schemaVersion, contents, auditCheckpoint }
  } finally {
    db.close()
  }
}
