import type { Database } from 'better-sqlite3-multiple-ciphers'
import { PAIRING_CODE_MINUTES } from '../../../shared/workstations/workstation'
import type { PairingCode, Workstation } from '../../../shared/workstations/workstation'
import { NotFoundError } from '../../door/errors'
import {
  formatCredential,
  formatPairingCode,
  newCredentialSecret,
  newPairingCode,
  parseCredential,
  sameHash,
  secretHash,
} from './pairingSecrets'
import type { WorkstationRepository } from './workstationRepository'

const MINUTE_MS = 60_000
/** Expired codes this recent are still told apart from wrong ones ("ask for a new one"). */
const EXPIRED_CODES_KEPT_MS = 24 * 60 * MINUTE_MS
/** "Last seen" is for people; writing it once a minute per workstation is plenty. */
const LAST_SEEN_STEP_MS = MINUTE_MS
/** Compared against when the credential names no workstation, so that costs the same time. */
const NO_SUCH_HASH = secretHash('no such workstation')

/** Why a pairing was refused; each has its own message for the person at the workstation. */
export type PairingRefusal = 'wrong_code' | 'expired_code' | 'used_code' | 'name_taken'

export type RedeemResult =
  | { readonly ok: true; readonly workstationId: number; readonly credential: string }
  | { readonly ok: false; readonly reason: PairingRefusal }

export type CredentialCheck =
  | { readonly ok: true; readonly workstation: { readonly id: number } }
  | { readonly ok: false; readonly reason: 'malformed' | 'unknown' | 'revoked' }

export interface PairingServiceOptions {
  readonly db: Database
  readonly workstations: WorkstationRepository
  readonly now: () => Date
}

/**
 * Pairing codes, the credentials they are exchanged for, and revocation. Codes and credentials
 * are random, shown or sent once, and stored only as SHA-256; every comparison of a secret is
 * constant-time.
 */
export function createPairingService(options: PairingServiceOptions) {
  const { db, workstations, now } = options

  /** The stored code that `code` is, if any, compared against each one in constant time. */
  function findCode(code: string, at: Date) {
    const hash = secretHash(code)
    const since = new Date(at.getTime() - EXPIRED_CODES_KEPT_MS).toISOString()
    let found: ReturnType<WorkstationRepository['codesExpiringAfter']>[number] | null = null
    // Every candidate is compared, even after a match: the time does not depend on which.
    for (const row of workstations.codesExpiringAfter(since)) {
      if (sameHash(hash, row.code_hash)) found = row
    }
    return found
  }

  const redeemAtomically = db.transaction((code: string, name: string, at: Date): RedeemResult => {
    const row = findCode(code, at)
    if (!row) return { ok: false, reason: 'wrong_code' }
    if (row.used_at !== null) return { ok: false, reason: 'used_code' }
    if (row.expires_at <= at.toISOString()) return { ok: false, reason: 'expired_code' }
    // Checked before the code is spent, so the person can pick another name with the same code.
    if (workstations.activeNameTaken(name)) return { ok: false, reason: 'name_taken' }
    const secret = newCredentialSecret()
    const workstationId = workstations.addWorkstation(name, secretHash(secret), at.toISOString())
    if (!workstations.markCodeUsed(row.id, at.toISOString(), workstationId)) {
      throw new CodeTakenMeanwhile()
    }
    return { ok: true, workstationId, credential: formatCredential(workstationId, secret) }
  })

  return {
    /** A new one-time code, valid for 10 minutes; only its hash is kept. */
    createPairingCode(createdBy: number | null): PairingCode {
      const at = now()
      const code = newPairingCode()
      const expiresAt = new Date(at.getTime() + PAIRING_CODE_MINUTES * MINUTE_MS).toISOString()
      workstations.addPairingCode(secretHash(code), at.toISOString(), createdBy, expiresAt)
      return { code: formatPairingCode(code), expiresAt }
    },

    /**
     * Spends `code` (already normalized: upper case, no dashes) on a new workstation called
     * `name`, and returns its credential, which is never shown again.
     */
    redeem(code: string, name: string): RedeemResult {
      try {
        return redeemAtomically.immediate(code, name, now())
      } catch (error) {
        if (error instanceof CodeTakenMeanwhile) return { ok: false, reason: 'used_code' }
        throw error
      }
    },

    /** Whether a call may come from the workstation this credential names. */
    verifyCredential(credential: string): CredentialCheck {
      const parsed = parseCredential(credential)
      if (!parsed) return { ok: false, reason: 'malformed' }
      const row = workstations.credentialOf(parsed.workstationId)
      const matches = sameHash(secretHash(parsed.secret), row?.credential_hash ?? NO_SUCH_HASH)
      if (!row || !matches) return { ok: false, reason: 'unknown' }
      if (row.revoked_at !== null) return { ok: false, reason: 'revoked' }
      const at = now()
      const lastSeen = row.last_seen_at ? Date.parse(row.last_seen_at) : Number.NaN
      if (!(at.getTime() - lastSeen < LAST_SEEN_STEP_MS)) {
        workstations.touch(parsed.workstationId, at.toISOString())
      }
      return { ok: true, workstation: { id: parsed.workstationId } }
    },

    list(): Workstation[] {
      return workstations.list()
    },

    /** Revokes a workstation; revoking one already revoked changes nothing. */
    revoke(id: number, by: number | null): Workstation {
      if (!workstations.find(id)) {
        throw new NotFoundError('This workstation is not in the list. Reload the list.', {
          code: 'workstation_missing',
        })
      }
      workstations.revoke(id, now().toISOString(), by)
      return workstations.find(id) as Workstation
    },
  }
}

/** Another request spent the same code a moment earlier; this one's changes roll back. */
class CodeTakenMeanwhile extends Error {
  override readonly name = 'CodeTakenMeanwhile'
}

export type PairingService = ReturnType<typeof createPairingService>
