import type { Database } from 'better-sqlite3-multiple-ciphers'
import { GENESIS_HASH } from './auditChain'
import { sealIsSigned, signedHandoverKind, signSeal } from './auditSeal'
import type { SignedSeal } from './auditSeal'
import { createSealStore } from './auditSealStore'

/**
 * Whether a database's trail was keyed by another installation: it carries seals, and this
 * installation's key signed none of them. A trail with no seals at all (a version before the
 * chain was keyed) is not: it is checked as the plain chain it is. Nor is one of ours that was
 * tampered with: its break must stay visible, never be relabelled as imported.
 */
export function trailKeyedElsewhere(db: Database, auditKey: Buffer): boolean {
  const seals = createSealStore(db)
  const handover = seals.get('handover')
  const checkpoint = seals.get('checkpoint')
  if (handover) return signedHandoverKind(auditKey, handover) === null
  if (checkpoint) return !sealIsSigned(auditKey, 'checkpoint', checkpoint)
  return false
}

/**
 * After an admin confirmed restoring another installation's backup: a hand-over signed with this
 * installation's key stating that entries up to the trail's last were imported and cannot be
 * checked with it, and a checkpoint at the same entry. The trail then goes on keyed from that
 * entry's hash, so verify reports what follows as intact or not, and says plainly that entries
 * 1 to N were imported unverified, instead of "checkpoint_invalid" for good. Returns the
 * checkpoint, for the checkpoint file beside the database.
 */
export function sealImportedTrail(db: Database, auditKey: Buffer): SignedSeal {
  const last = db
    .prepare<[], { id: number; hash: string }>(
      'SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1',
    )
    .get()
  const end = { lastId: last?.id ?? 0, lastHash: last?.hash ?? GENESIS_HASH, broken: null }
  const checkpoint = signSeal(auditKey, 'checkpoint', end)
  const seals = createSealStore(db)
  db.transaction(() => {
    seals.put('handover', signSeal(auditKey, 'imported_handover', end))
    seals.put('checkpoint', checkpoint)
  })()
  return checkpoint
}
