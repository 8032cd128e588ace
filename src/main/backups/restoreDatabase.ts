import {
  chmodSync,
  copyFileSync,
  existsSync,
  linkSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs'
import { basename } from 'node:path'
import type { BackupInspection } from '../../shared/backups/inspection'
import type { SignedSeal } from '../audit/auditSeal'
import { checkpointFileOf } from '../audit/checkpointFile'
import { replaceCheckpointFile } from '../audit/restoredCheckpoint'
import { sealImportedTrail, trailKeyedElsewhere } from '../audit/importedTrail'
import { databaseFile } from '../dataDir'
import type { InstallationKeys } from '../storage/installationKeys'
import { BackupRejectedError } from './backupRejectedError'
import { checkSignature, sha256OfFile } from './backupSignature'
import { inspectCandidate } from './inspectCandidate'
import { openCandidate } from './openCandidate'

/** A backup copied beside the database, checked and brought up to date, ready to take its place. */
export interface PreparedRestore {
  readonly source: string
  readonly preparedFile: string
  readonly schemaVersion: number
  readonly inspection: BackupInspection
  /**
   * The backup's own audit checkpoint, signed with this installation's key (null without one):
   * the checkpoint file beside the database is rewritten from it as the backup is put in place,
   * so the restored trail does not look tampered with against the replaced database's file.
   */
  readonly auditCheckpoint: SignedSeal | null
}

/** A backup this installation did not make, restored without the admin's confirmation. */
export class BackupNeedsConfirmationError extends BackupRejectedError {
  constructor(readonly inspection: BackupInspection) {
    super(
      'This backup was not made by this installation, or was changed after it was made. Check what it holds and where it came from, then confirm to restore it.',
      'backup_needs_confirmation',
    )
  }
}

export interface RestoreOptions {
  readonly keys: InstallationKeys
  readonly nativeBinding?: string
  /** The fingerprint an admin confirmed after seeing the inspection of a foreign backup. */
  readonly confirmedSha256?: string | undefined
}

const SIDE_FILES = ['-wal', '-shm', '-journal'] as const

function removeWithSides(file: string): void {
  for (const suffix of ['', ...SIDE_FILES]) rmSync(`${file}${suffix}`, { force: true })
}

function stampOf(now: Date): string {
  return now.toISOString().replace(/[:.]/g, '-')
}

/** Where the current database goes when a backup replaces it. */
export function asideNameFor(dataDir: string, now: Date): string {
  return `${databaseFile(dataDir)}.replaced-${stampOf(now)}`
}

/**
 * Copies the backup beside the database (0600) and runs every check on that copy, so what was
 * checked is exactly what is moved into place; nothing of the backup runs before its schema
 * has been found to be exactly Clinic Intake's. The live database is not touched.
 */
function checkedCopy(
  copy: string,
  source: string,
  options: RestoreOptions,
): { inspection: BackupInspection; schemaVersion: number; auditCheckpoint: SignedSeal | null } {
  removeWithSides(copy)
  try {
    copyFileSync(source, copy)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new BackupRejectedError('The backup file does not exist.', 'backup_missing')
    }
    throw error
  }
  try {
    chmodSync(copy, 0o600)
    const sha256 = sha256OfFile(copy)
    const signature = checkSignature(source, sha256, options.keys)
    const { schemaVersion, contents, auditCheckpoint } = inspectCandidate(copy, {
      keys: options.keys,
      ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    })
    const inspection: BackupInspection = {
      name: basename(source),
      sha256,
      ...signature,
      schemaVersion,
      ...contents,
      auditTrail: signature.origin === 'this_installation' ? contents.auditTrail : 'not_verified',
      needsConfirmation: signature.origin !== 'this_installation',
    }
    if (signature.origin === 'this_installation' && contents.auditTrail !== 'intact') {
      throw new BackupRejectedError(
        'The backup’s audit trail does not hold: entries were changed or removed.',
        'backup_audit_broken',
      )
    }
    return { inspection, schemaVersion, auditCheckpoint }
  } catch (error) {
    removeWithSides(copy)
    throw error
  }
}

/** What a backup holds and where it came from; the checked copy is removed again. */
export function inspectBackup(
  dataDir: string,
  source: string,
  options: RestoreOptions,
): BackupInspection {
  const copy = `${databaseFile(dataDir)}.inspecting`
  const { inspection } = checkedCopy(copy, source, options)
  removeWithSides(copy)
  return inspection
}

/**
 * The checked, migrated copy, ready to swap in. A backup this installation did not make is
 * refused unless `confirmedSha256` is the fingerprint of exactly these bytes.
 */
export function prepareRestore(
  dataDir: string,
  source: string,
  options: RestoreOptions,
): PreparedRestore {
  const preparedFile = `${databaseFile(dataDir)}.restoring`
  const checked = checkedCopy(preparedFile, source, options)
  const { inspection, schemaVersion } = checked
  if (inspection.needsConfirmation && options.confirmedSha256 !== inspection.sha256) {
    removeWithSides(preparedFile)
    throw new BackupNeedsConfirmationError(inspection)
  }
  let auditCheckpoint = checked.auditCheckpoint
  if (inspection.needsConfirmation) {
    // STORAGE: confirmed; a trail keyed by another installation is sealed as imported.
    try {
      auditCheckpoint = sealIfImported(preparedFile, options) ?? auditCheckpoint
    } catch (error) {
      removeWithSides(preparedFile)
      throw error
    }
  }
  return { source, preparedFile, schemaVersion, inspection, auditCheckpoint }
}

/**
 * On the confirmed copy, before it is put in place: a trail keyed by another installation gets
 * this installation's signed hand-over (see sealImportedTrail), so it is not reported as
 * tampered with for ever after. Null when the trail is this installation's or unkeyed.
 */
function sealIfImported(copy: string, options: RestoreOptions): SignedSeal | null {
  const db = openCandidate(copy, {
    keys: options.keys,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  })
  try {
    return trailKeyedElsewhere(db, options.keys.audit)
      ? sealImportedTrail(db, options.keys.audit)
      : null
  } finally {
    db.close()
  }
}

/** Drops a prepared restore that will not be used. */
export function discardPrepared(prepared: PreparedRestore): void {
  removeWithSides(prepared.preparedFile)
}

export interface SwappedRestore {
  readonly keptAsideAs: string | null
  readonly keptAsidePath: string | null
  /** Puts the previous database back (the restored one is kept as .restoring). */
  undo(): void
}

/**
 * Puts a prepared backup in place; the database must be closed first. The current file is
 * first linked (or, where links are not possible, copied) to a timestamped name beside it, then
 * the prepared file is renamed over it in one step: at every moment the database file is either
 * the old one, whole, or the new one, so the app always starts afterwards, and a failure at any
 * step leaves the old one in place.
 */
export function swapInRestore(
  dataDir: string,
  prepared: PreparedRestore,
  now: Date,
): SwappedRestore {
  const live = databaseFile(dataDir)
  const aside = asideNameFor(dataDir, now)
  const hadDatabase = existsSync(live)
  if (hadDatabase) {
    const wal = statSync(`${live}-wal`, { throwIfNoEntry: false })
    // A closed database has folded its write-ahead log back in; one left over would be applied
    // to the wrong file, or its committed work left behind.
    if (wal && wal.size > 0) {
      throw new Error('The database was not closed cleanly; nothing was changed.')
    }
    for (const suffix of SIDE_FILES) rmSync(`${live}${suffix}`, { force: true })
    try {
      linkSync(live, aside)
    } catch {
      copyFileSync(live, aside)
    }
    chmodSync(aside, 0o600)
  }
  try {
    renameSync(prepared.preparedFile, live)
  } catch (error) {
    // The live file was never touched: only the aside copy goes.
    if (hadDatabase) rmSync(aside, { force: true })
    removeWithSides(prepared.preparedFile)
    throw error
  }
  const putOldDatabaseBack = () => {
    for (const suffix of SIDE_FILES) rmSync(`${live}${suffix}`, { force: true })
    if (!hadDatabase) {
      renameSync(live, prepared.preparedFile)
      return
    }
    try {
      linkSync(live, prepared.preparedFile)
    } catch {
      // Keeping the restored copy is a courtesy; putting the old one back is what matters.
    }
    renameSync(aside, live)
  }
  // The rename above is the moment of the swap; the checkpoint file follows it at once, before
  // anything opens the database (the replaced one's checkpoint would read as a tampered trail).
  let putCheckpointBack: () => void
  try {
    putCheckpointBack = replaceCheckpointFile(checkpointFileOf(live), prepared.auditCheckpoint)
  } catch (error) {
    putOldDatabaseBack()
    throw error
  }
  return {
    keptAsideAs: hadDatabase ? basename(aside) : null,
    keptAsidePath: hadDatabase ? aside : null,
    undo() {
      putOldDatabaseBack()
      putCheckpointBack()
    },
  }
}
