import { createAuditTrail } from '../audit/auditTrail'
import { databaseFile } from '../dataDir'
import { openDatabase } from '../db/openDatabase'

const PROBLEMS = {
  edited: 'was changed after it was written',
  missing: 'does not follow the entry before it: entries were removed',
  out_of_order: 'is out of order',
} as const

/** `verify-audit --data-dir DIR`: exit 0 when the whole chain holds, 1 at the first bad entry. */
export function runVerifyAudit(dataDir: string): number {
  const db = openDatabase({ file: databaseFile(dataDir) })
  try {
    const result = createAuditTrail(db, () => new Date()).verify()
    if (result.intact) {
      console.log(`The audit trail is intact: ${result.entries} entries checked.`)
      return 0
    }
    console.error(
      `The audit trail has been altered: entry #${result.firstBadId} ${PROBLEMS[result.problem]}. ` +
        `${result.entries} entries before it are intact.`,
    )
    return 1
  } finally {
    db.close()
  }
}
