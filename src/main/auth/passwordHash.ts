import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto'
import type { ScryptOptions } from 'node:crypto'

/**
 * scrypt with a random 16-byte salt per password. N = 2^15, r = 8, p = 1 costs about 32 MiB and
 * tens of milliseconds per check: slow for someone trying millions of guesses against a stolen
 * file, unnoticeable at a sign-in screen. The parameters are stored with each hash.
 */
export const SCRYPT_PARAMETERS = { N: 2 ** 15, r: 8, p: 1 } as const
const KEY_LENGTH = 32
const SALT_BYTES = 16

function derive(password: string, salt: Buffer, params: { N: number; r: number; p: number }) {
  const options: ScryptOptions = { ...params, maxmem: 128 * params.N * params.r * 2 }
  return new Promise<Buffer>((resolve, reject) =>
    scrypt(password.normalize('NFC'), salt, KEY_LENGTH, options, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  )
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(SALT_BYTES)
  const { N, r, p } = SCRYPT_PARAMETERS
  const key = await derive(password, salt, SCRYPT_PARAMETERS)
  return ['scrypt', N, r, p, salt.toString('base64'), key.toString('base64')].join('$')
}

/** False for a wrong password and for a stored value that is not one of our hashes. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parts = stored.split('$')
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false
  const [N, r, p] = parts.slice(1, 4).map(Number) as [number, number, number]
  if (![N, r, p].every((n) => Number.isInteger(n) && n > 0) || N > 2 ** 20) return false
  const salt = Buffer.from(parts[4] as string, 'base64')
  const expected = Buffer.from(parts[5] as string, 'base64')
  try {
    const actual = await derive(password, salt, { N, r, p })
    return actual.length === expected.length && timingSafeEqual(actual, expected)
  } catch {
    return false // parameters scrypt refuses (N not a power of two, ...): not one of ours
  }
}

/**
 * A hash of nothing anyone knows, checked when the username does not exist, so a wrong
 * username takes as long to refuse as a wrong password (no guessing which accounts exist).
 */
let decoy: Promise<string> | null = null
function decoyHash(): Promise<string> {
  decoy ??= hashPassword(randomBytes(24).toString('base64'))
  return decoy
}

/** Makes the decoy ahead of the first sign-in, so that one is not slower than the rest. */
export function warmUpDecoy(): void {
  void decoyHash()
}

/** Always false (nobody knows the decoy's password), after exactly the work of a real check. */
export async function verifyAgainstDecoy(password: string): Promise<false> {
  await verifyPassword(password, await decoyHash())
  return false
}
