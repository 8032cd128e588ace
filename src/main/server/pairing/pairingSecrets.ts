import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto'
import {
  PAIRING_CODE_ALPHABET,
  PAIRING_CODE_LENGTH,
} from '../../../shared/workstations/workstation'

/** SHA-256 as 64 hex digits: all that is stored of a code or a credential. */
export function secretHash(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex')
}

/**
 * Compares two stored-form hashes in constant time, so the time a refusal takes says nothing
 * about how much of a guess was right. Hashes of another length are simply unequal.
 */
export function sameHash(a: string, b: string): boolean {
  const left = Buffer.from(a, 'hex')
  const right = Buffer.from(b, 'hex')
  if (left.length !== 32 || right.length !== 32) {
    // Still one comparison's worth of work, whatever was given.
    timingSafeEqual(Buffer.alloc(32), Buffer.alloc(32))
    return false
  }
  return timingSafeEqual(left, right)
}

/** A new pairing code, uniformly drawn from the unambiguous alphabet (about 39 bits). */
export function newPairingCode(): string {
  let code = ''
  for (let i = 0; i < PAIRING_CODE_LENGTH; i++) {
    code += PAIRING_CODE_ALPHABET[randomInt(PAIRING_CODE_ALPHABET.length)]
  }
  return code
}

/** `ABCDEFGH` -> `ABCD-EFGH`: easier to read out and to type. */
export function formatPairingCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4)}`
}

const CREDENTIAL_PREFIX = 'cw1'

/** The random part of a device credential: 256 bits, so a plain SHA-256 is enough to store it. */
export function newCredentialSecret(): string {
  return randomBytes(32).toString('base64url')
}

/**
 * A device credential: which workstation (so it is found without searching by the secret) and
 * its secret. `cw1.<id>.<secret>`.
 */
export function formatCredential(workstationId: number, secret: string): string {
  return `${CREDENTIAL_PREFIX}.${workstationId}.${secret}`
}

export function parseCredential(
  credential: string,
): { readonly workstationId: number; readonly secret: string } | null {
  const match = /^cw1\.([1-9]\d{0,15})\.([A-Za-z0-9_-]{43})$/.exec(credential)
  if (!match) return null
  const workstationId = Number(match[1])
  if (!Number.isSafeInteger(workstationId)) return null
  return { workstationId, secret: match[2] as string }
}
