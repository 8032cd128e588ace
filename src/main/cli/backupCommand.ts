import { resolve } from 'node:path'
import { createAuditTrail } from '../audit/auditTrail'
import { backupDatabaseTo } from '../backups/backupDatabase'
import { databaseFile } from '../dataDir'
import { openDatabase } from '../db/openDatabase'

/** `backup --data-dir DIR --to FILE`: an online backup, safe while the app is running. */
export async function runBackup(dataDir: string, to: string | undefined): Promise<number> {
  if (!to) {
    console.error('Give --to FILE: where to write the backup.')
    return 2
  }
  const destination = resolve(to)
  const db = openDatabase({ file: databaseFile(dataDir) })
  try {
    const file = await backupDatabaseTo(db, destination)
    createAuditTrail(db, () => new Date()).append({
      user: null,
      shell: 'cli',
      action: 'backup',
      outcome: 'ok',
      detail: 'cli',
    })
    console.log(`Backed up ${dataDir} to ${destination} (${file.sizeBytes} bytes, checked)`)
    return 0
  } finally {
    db.close()
  }
}
