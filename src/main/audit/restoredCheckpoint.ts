import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import type { Database } from 'better-sqlite3-multiple-ciphers'
import { sealIsSigned } from './auditSeal'
import type { SignedSeal } from './auditSeal'
import { createSealStore } from './auditSealStore'
import { writeCheckpointFile } from './checkpointFile'

/**
 * The checkpoint a database carries in its `audit_seals` row, when this installation's audit key
 * signed it; null for one without (a backup from before the chain was keyed, or another
 * installation's, whose trail this key cannot vouch for anyway). Reads only: safe on the checked
 * copy of a backup before it is put in place.
 */
export function ownCheckpointOf(db: Database, auditKey: Buffer): SignedSeal | null {
  const seal = createSealStore(db).get('checkpoint')
  return seal && sealIsSigned(auditKey, 'checkpoint', seal) ? seal : null
}

/**
 * Makes the checkpoint file beside the database describe the database that is about to open
 * (a restored backup) instead of the one it replaced: written from that database's own
 * checkpoint, or removed when it has none (the trail then checks the old chain and hands over to
 * the keyed one, as at its first start). Returns how to put the previous file back, for a
 * restore that is undone.
 */
export function replaceCheckpointFile(file: string, seal: SignedSeal | null): () => void {
  let previous: Buffer | null = null
  try {
    previous = readFileSync(file)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
  }
  if (seal) writeCheckpointFile(file, seal)
  else rmSync(file, { force: true })
  return () => {
    if (previous) writeFileSync(file, previous, { mode: 0o600 })
    else rmSync(file, { force: true })
  }
}
