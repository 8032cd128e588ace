import type { Database } from 'better-sqlite3-multiple-ciphers'
import { AuditProblemSchema } from '../../shared/audit/auditEntry'
import type { SealKind, SignedSeal } from './auditSeal'

interface SealRow {
  last_id: number
  last_hash: string
  problem: string | null
  first_bad_id: number | null
  signature: string
}

/**
 * A stored seal as the app wrote it, or a seal that can never verify when the row was tampered
 * into something unreadable (an unknown problem code, an id outside the safe range).
 */
export function sealFromRow(row: SealRow): SignedSeal {
  const problem = row.problem === null ? null : AuditProblemSchema.safeParse(row.problem)
  const firstBadId =
    row.first_bad_id !== null && Number.isSafeInteger(row.first_bad_id) ? row.first_bad_id : null
  const readable = Number.isSafeInteger(row.last_id) && (problem === null || problem.success)
  return {
    lastId: readable ? row.last_id : -1,
    lastHash: row.last_hash,
    broken: problem?.success ? { problem: problem.data, firstBadId } : null,
    signature: readable ? row.signature : '',
  }
}

/** The seals kept inside the database (table `audit_seals`, migration m008). */
export function createSealStore(db: Database) {
  const read = db.prepare<[SealKind], SealRow>(
    'SELECT last_id, last_hash, problem, first_bad_id, signature FROM audit_seals WHERE kind = ?',
  )
  const write = db.prepare<{
    kind: SealKind
    last_id: number
    last_hash: string
    problem: string | null
    first_bad_id: number | null
    signature: string
  }>(`
    INSERT INTO audit_seals (kind, last_id, last_hash, problem, first_bad_id, signature)
    VALUES (@kind, @last_id, @last_hash, @problem, @first_bad_id, @signature)
    ON CONFLICT (kind) DO UPDATE SET last_id = excluded.last_id, last_hash = excluded.last_hash,
      problem = excluded.problem, first_bad_id = excluded.first_bad_id,
      signature = excluded.signature`)
  return {
    get(kind: SealKind): SignedSeal | null {
      const row = read.get(kind)
      return row ? sealFromRow(row) : null
    },
    put(kind: SealKind, seal: SignedSeal): void {
      write.run({
        kind,
        last_id: seal.lastId,
        last_hash: seal.lastHash,
        problem: seal.broken?.problem ?? null,
        first_bad_id: seal.broken?.firstBadId ?? null,
        signature: seal.signature,
      })
    },
  }
}
export type SealStore = ReturnType<typeof createSealStore>
