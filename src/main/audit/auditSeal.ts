import { createHmac, timingSafeEqual } from 'node:crypto'
import type { AuditProblem } from '../../shared/audit/auditEntry'

/**
 * A signed statement about the chain: "entry `lastId` has hash `lastHash`", plus any problem
 * the trail found when it opened (kept in every later seal, so it cannot be lost by appending).
 * Two kinds: the `checkpoint` (the newest entry, in the database and in a file beside it) and
 * the `handover` (the last entry of the unkeyed chain an older version wrote; 0 on a new trail).
 */
export type SealKind = 'checkpoint' | 'handover'

/**
 * What a signature says a seal is. The `handover` row holds one of two statements: the end of
 * the unkeyed chain an older version of this installation wrote (`handover`: those entries are
 * checked as plain SHA-256), or the end of a trail imported from another installation by a
 * confirmed restore (`imported_handover`: those entries were keyed with a key this installation
 * never had, so they cannot be checked, only counted and linked). The signature tells which.
 */
export type SignatureKind = SealKind | 'imported_handover'

export interface AuditBreak {
  readonly problem: AuditProblem
  readonly firstBadId: number | null
}

export interface AuditSeal {
  readonly lastId: number
  readonly lastHash: string
  readonly broken: AuditBreak | null
}

export interface SignedSeal extends AuditSeal {
  readonly signature: string
}

function message(kind: SignatureKind, seal: AuditSeal): string {
  // The kind is signed too, so a handover cannot be passed off as a checkpoint or back.
  return JSON.stringify([
    'clinic-intake-audit-seal',
    kind,
    seal.lastId,
    seal.lastHash,
    seal.broken?.problem ?? null,
    seal.broken?.firstBadId ?? null,
  ])
}

function signature(key: Buffer, kind: SignatureKind, seal: AuditSeal): string {
  return createHmac('sha256', key).update(message(kind, seal)).digest('hex')
}

export function signSeal(key: Buffer, kind: SignatureKind, seal: AuditSeal): SignedSeal {
  return { ...seal, signature: signature(key, kind, seal) }
}

export function sealIsSigned(key: Buffer, kind: SignatureKind, seal: SignedSeal): boolean {
  const expected = Buffer.from(signature(key, kind, seal), 'hex')
  const given = Buffer.from(seal.signature, 'hex')
  return given.length === expected.length && timingSafeEqual(given, expected)
}

/** Which hand-over a signed `handover` row is, or null when this key signed neither. */
export function signedHandoverKind(
  key: Buffer,
  seal: SignedSeal,
): 'handover' | 'imported_handover' | null {
  if (sealIsSigned(key, 'handover', seal)) return 'handover'
  if (sealIsSigned(key, 'imported_handover', seal)) return 'imported_handover'
  return null
}
