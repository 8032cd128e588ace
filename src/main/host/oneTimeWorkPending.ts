import { existsSync, statSync } from 'node:fs'
import { isPlaintextDatabase, openKeyedDatabase } from '../db/keyedDatabase'
import { LATEST_SCHEMA_VERSION } from '../db/openDatabase'

export interface PendingCheckOptions {
  /** The data folder's database file (`databaseFile(dataDir)`). */
  readonly file: string
  readonly key: Buffer
  readonly nativeBinding?: string
}

/**
 * Whether opening the core will do slow one-time work first: a plaintext database to encrypt,
 * migrations to run, or the audit trail's hand-over to the keyed chain. A few milliseconds (a
 * 16-byte read, or a read-only open and two lookups), so a shell can afford to ask at every
 * start and keep its usual start when the answer is no. Anything it cannot tell (no database,
 * a wrong key, damage) is "no": the ordinary open then reports it as it always does.
 */
export function oneTimeWorkPending(options: PendingCheckOptions): boolean {
  const { file } = options
  if (!existsSync(file) || statSync(file).size === 0) return false
  if (isPlaintextDatabase(file)) return true
  let db
  try {
    db = openKeyedDatabase(file, {
      key: options.key,
      readonly: true,
      ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    })
    const version = db.pragma('user_version', { simple: true }) as number
    if (version < LATEST_SCHEMA_VERSION) return version > 0
    const handover = db.prepare("SELECT 1 FROM audit_seals WHERE kind = 'handover'").get()
    return handover === undefined
  } catch {
    return false
  } finally {
    db?.close()
  }
}
