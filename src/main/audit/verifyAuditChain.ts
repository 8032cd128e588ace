import type { Database } from 'better-sqlite3-multiple-ciphers'
import type { AuditProblem, AuditVerification } from '../../shared/audit/auditEntry'
import { GENESIS_HASH, keyedEntryHash, legacyEntryHash } from './auditChain'
import { toFields } from './auditRows'
import type { AuditRow } from './auditRows'
import { sealIsSigned, signedHandoverKind } from './auditSeal'
import type { AuditBreak, SignatureKind, SignedSeal } from './auditSeal'
import { createSealStore } from './auditSealStore'

function broken(
  entries: number,
  problem: AuditProblem,
  firstBadId: number | null,
): AuditVerification {
  return { intact: false, entries, firstBadId, problem }
}

/** Whether this database has ever been used: an entry, or an account (creating one is audited). */
export function trailHasHistory(db: Database): boolean {
  return (
    db
      .prepare('SELECT EXISTS (SELECT 1 FROM audit_log) OR EXISTS (SELECT 1 FROM users)')
      .pluck()
      .get() === 1
  )
}

/**
 * What is wrong with the chain's end as a seal describes it (where it must end, with which
 * hash), or null when it agrees. `exactTail`: the seal must name the very last entry.
 */
export function compareSeal(
  kind: SignatureKind,
  seal: SignedSeal,
  key: Buffer,
  chain: { readonly entries: number; readonly hashAt: (id: number) => string | null },
  exactTail: boolean,
): AuditBreak | null {
  if (!sealIsSigned(key, kind, seal)) return { problem: 'checkpoint_invalid', firstBadId: null }
  if (seal.broken) return seal.broken
  if (seal.lastId > chain.entries) return { problem: 'missing', firstBadId: chain.entries + 1 }
  // The database's checkpoint is written with every entry; one behind means an entry was added
  // by something other than the app. The file may lag (it is written after each call).
  if (exactTail && seal.lastId < chain.entries) {
    return { problem: 'added', firstBadId: seal.lastId + 1 }
  }
  const hash = seal.lastId === 0 ? GENESIS_HASH : chain.hashAt(seal.lastId)
  if (hash !== seal.lastHash) return { problem: 'edited', firstBadId: Math.max(seal.lastId, 1) }
  return null
}

/**
 * Verifies a database's audit trail with the installation's audit key: every entry follows from
 * the one before (plain SHA-256 up to the hand-over from an older version, HMAC-SHA-256 after),
 * ids run 1, 2, 3 with no gap, and the signed checkpoints agree with the chain's end.
 *
 * `checkpoint` is the checkpoint file's seal: leave it out to check a database on its own (a
 * backup carries its checkpoint inside); pass null when the file should exist but does not.
 * Reads only: safe on a copy of a backup before it is restored.
 */
export function verifyAuditChain(
  db: Database,
  auditKey: Buffer,
  checkpoint?: SignedSeal | null,
  options: VerifyOptions = {},
): AuditVerification {
  const handover = createSealStore(db).get('handover')
  const { onProgress } = options
  const total = onProgress
    ? (db.prepare<[], number | null>('SELECT max(id) FROM audit_log').pluck().get() ?? 0)
    : 0
  onProgress?.(0, total)
  const result = verifyChain(
    db,
    auditKey,
    checkpoint,
    onProgress ? (done) => onProgress(done, total) : undefined,
  )
  // The walk is over, at its end or at the first break: either way nothing is left to do.
  onProgress?.(total, total)
  // Entries a confirmed restore imported from another installation: said in every result, so
  // "intact" is never read as covering them.
  const imported =
    handover && signedHandoverKind(auditKey, handover) === 'imported_handover' ? handover.lastId : 0
  return imported > 0 ? { ...result, importedThrough: imported } : result
}

export interface VerifyOptions {
  /**
   * `(done, total)` in entries while the walk goes: 0 first, then every PROGRESS_EVERY entries
   * and at the end. The total is the highest id (ids run 1, 2, 3 in an intact chain).
   */
  readonly onProgress?: (done: number, total: number) => void
}

/** About a tenth of a second of hashing: often enough to show, rarely enough to cost nothing. */
const PROGRESS_EVERY = 10_000

function verifyChain(
  db: Database,
  auditKey: Buffer,
  checkpoint: SignedSeal | null | undefined,
  onProgress?: (done: number) => void,
): AuditVerification {
  const seals = createSealStore(db)
  const handover = seals.get('handover')
  const inDatabase = seals.get('checkpoint')
  const handoverKind = handover ? signedHandoverKind(auditKey, handover) : null
  if (handover && !handoverKind) return broken(0, 'checkpoint_invalid', null)
  // Imported entries were keyed elsewhere: their ids and links are checked, their hashes cannot
  // be. The imported hand-over pins the last one's hash, so none can be cut off the end.
  const imported = handoverKind === 'imported_handover'
  // No hand-over and no checkpoint: a database from before the chain was keyed (an old
  // backup), checked as the unkeyed chain it is. A checkpoint without its hand-over means the
  // hand-over was removed.
  if (!handover && inDatabase) return broken(0, 'checkpoint_missing', null)
  const keyedAfter = handover?.lastId ?? Number.MAX_SAFE_INTEGER

  // Hashes worth remembering while walking: the ones the seals name.
  const wanted = new Set([keyedAfter, checkpoint?.lastId ?? 0])
  const remembered = new Map<number, string>()
  let previousHash = GENESIS_HASH
  let expectedId = 1
  let checked = 0
  const rows = db.prepare<[], AuditRow>('SELECT * FROM audit_log ORDER BY id')
  for (const row of rows.iterate()) {
    if (onProgress && checked > 0 && checked % PROGRESS_EVERY === 0) onProgress(checked)
    if (row.id !== expectedId) {
      return broken(checked, row.id > expectedId ? 'missing' : 'out_of_order', row.id)
    }
    if (row.prev_hash !== previousHash) return broken(checked, 'missing', row.id)
    const fields = toFields(row)
    const hash =
      row.id > keyedAfter
        ? keyedEntryHash(auditKey, previousHash, fields)
        : imported
          ? row.hash
          : legacyEntryHash(previousHash, fields)
    if (hash !== row.hash) return broken(checked, 'edited', row.id)
    if (wanted.has(row.id)) remembered.set(row.id, row.hash)
    previousHash = row.hash
    expectedId += 1
    checked += 1
  }
  remembered.set(checked, previousHash)
  const chain = { entries: checked, hashAt: (id: number) => remembered.get(id) ?? null }
  // Accounts but no entries at all: creating an account is audited, so the trail was wiped.
  const wiped = checked === 0 && trailHasHistory(db)

  if (handover) {
    // The unkeyed part cannot be rewritten without changing its signed last hash.
    const atHandover = compareSeal(handoverKind ?? 'handover', handover, auditKey, chain, false)
    if (atHandover) return broken(checked, atHandover.problem, atHandover.firstBadId)
    if (!inDatabase) return broken(checked, 'checkpoint_missing', null)
    const atDatabase = compareSeal('checkpoint', inDatabase, auditKey, chain, true)
    if (atDatabase) return broken(checked, atDatabase.problem, atDatabase.firstBadId)
  }
  if (checkpoint === null) {
    // The file should be there: fine only while there has been nothing for it to vouch for.
    return checked > 0 || wiped
      ? broken(checked, 'checkpoint_missing', null)
      : { intact: true, entries: 0 }
  }
  if (checkpoint) {
    const atFile = compareSeal('checkpoint', checkpoint, auditKey, chain, false)
    if (atFile) return broken(checked, atFile.problem, atFile.firstBadId)
  }
  if (!handover && wiped) return broken(0, 'checkpoint_missing', null)
  return { intact: true, entries: checked }
}
