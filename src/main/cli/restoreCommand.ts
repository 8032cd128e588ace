import { resolve } from 'node:path'
import { createAuditTrail } from '../audit/auditTrail'
import { BackupRejectedError } from '../backups/checkDatabaseFile'
import { prepareRestore, swapInRestore } from '../backups/restoreDatabase'
import { databaseFile } from '../dataDir'
import { openDatabase } from '../db/openDatabase'

/**
 * `restore --data-dir DIR --from FILE`, with the app stopped: checks the backup (integrity,
 * schema version), keeps the current database aside under a timestamped name, puts the backup
 * in its place and brings it up to this version's schema.
 */
export async function runRestore(dataDir: string, from: string | undefined): Promise<number> {
  if (!from) {
    console.error('Give --from FILE: the backup to restore.')
    return 2
  }
  let prepared
  try {
    prepared = prepareRestore(dataDir, resolve(from))
  } catch (error) {
    if (!(error instanceof BackupRejectedError) && !isMissingFile(error)) throw error
    const reason =
      error instanceof BackupRejectedError ? error.message : 'The backup file does not exist.'
    console.error(`${reason} Nothing was changed.`)
    return 1
  }
  const now = new Date()
  const swapped = swapInRestore(dataDir, prepared, now)
  const db = openDatabase({ file: databaseFile(dataDir), now: () => now })
  try {
    createAuditTrail(db, () => now).append({
      user: null,
      shell: 'cli',
      action: 'restore',
      outcome: 'ok',
      detail: 'cli',
    })
  } finally {
    db.close()
  }
  console.log(`Restored ${dataDir} from ${resolve(from)}.`)
  if (swapped.keptAsideAs) console.log(`The previous database was kept as ${swapped.keptAsideAs}.`)
  return 0
}

function isMissingFile(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | null)?.code === 'ENOENT'
}
