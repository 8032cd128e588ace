import { createCipheriv, createDecipheriv, randomBytes, scryptSync } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { z } from 'zod'
import { writeFileAtomic } from './atomicFile'
import { PRIVATE_FOLDER_MODE } from './fileModes'
import { deriveInstallationKeys, SECRET_BYTES } from './installationKeys'
import type { InstallationKeys } from './installationKeys'
import { readKeyFileSecret, removeKeyFile } from './keyFile'
import { assertNewSecretAllowed, KeyUnavailableError, PASSPHRASE_FILE_NAME } from './keyKeepers'

/** A passphrase someone can type at every start, yet not guess in a lifetime offline. */
export const MIN_PASSPHRASE_LENGTH = 12

/** The passphrase does not open this data folder's key: the app must not start. */
export class WrongPassphraseError extends KeyUnavailableError {
  constructor() {
    super('That passphrase does not unlock this data folder. Nothing was changed. Try again.')
  }
}

/**
 * scrypt at N = 2^16, r = 8: about 64 MiB and a fifth of a second per try, once per start.
 * Stored with the salt, so stronger settings later still open older files.
 */
const SCRYPT = { N: 2 ** 16, r: 8, p: 1 } as const

const PassphraseFileSchema = z.object({
  version: z.literal(1),
  kdf: z.object({
    name: z.literal('scrypt'),
    N: z
      .number()
      .int()
      .min(2 ** 14)
      .max(2 ** 22),
    r: z.number().int().min(8).max(32),
    p: z.number().int().min(1).max(16),
    salt: z.base64(),
  }),
  /** The installation secret, AES-256-GCM under the key scrypt derives from the passphrase. */
  wrapped: z.object({ iv: z.base64(), data: z.base64(), tag: z.base64() }),
})
type PassphraseFile = z.infer<typeof PassphraseFileSchema>

function wrappingKey(passphrase: string, kdf: PassphraseFile['kdf']): Buffer {
  return scryptSync(passphrase.normalize('NFC'), Buffer.from(kdf.salt, 'base64'), 32, {
    N: kdf.N,
    r: kdf.r,
    p: kdf.p,
    maxmem: 256 * kdf.N * kdf.r,
  })
}

export function hasPassphrase(dataDir: string): boolean {
  return existsSync(join(dataDir, PASSPHRASE_FILE_NAME))
}

/**
 * The keys of a data folder kept under a passphrase. The passphrase and a stored salt give, by
 * scrypt, the key that unwraps the installation secret; GCM's tag tells a wrong passphrase
 * before the database is touched. Wrapping (rather than using the scrypt output as the secret
 * itself) lets a folder move between keepers without re-encrypting the database or re-keying the
 * audit chain.
 */
export function unlockWithPassphrase(dataDir: string, passphrase: string): InstallationKeys {
  const file = join(dataDir, PASSPHRASE_FILE_NAME)
  const parsed = PassphraseFileSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')))
  if (!parsed.success) {
    throw new KeyUnavailableError(
      `The passphrase file ${file} is damaged. Nothing was changed. Put back its copy.`,
    )
  }
  const { kdf, wrapped } = parsed.data
  const decipher = createDecipheriv(
    'aes-256-gcm',
    wrappingKey(passphrase, kdf),
    Buffer.from(wrapped.iv, 'base64'),
  )
  decipher.setAuthTag(Buffer.from(wrapped.tag, 'base64'))
  let secret: Buffer
  try {
    secret = Buffer.concat([decipher.update(Buffer.from(wrapped.data, 'base64')), decipher.final()])
  } catch {
    throw new WrongPassphraseError()
  }
  return deriveInstallationKeys(secret)
}

/**
 * Puts the data folder under `passphrase`: the secret of its key file if it has one (that file is
 * then removed: the passphrase is now the only way in), else a new one.
 */
export function setUpPassphrase(dataDir: string, passphrase: string): InstallationKeys {
  if (passphrase.length < MIN_PASSPHRASE_LENGTH) {
    throw new KeyUnavailableError(
      `The passphrase must be at least ${MIN_PASSPHRASE_LENGTH} characters long. Nothing was changed.`,
    )
  }
  mkdirSync(dataDir, { recursive: true, mode: PRIVATE_FOLDER_MODE })
  const existing = readKeyFileSecret(dataDir)
  if (!existing) assertNewSecretAllowed(dataDir, 'passphrase')
  const secret = existing ?? randomBytes(SECRET_BYTES)
  const kdf = { name: 'scrypt', ...SCRYPT, salt: randomBytes(16).toString('base64') } as const
  const iv = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', wrappingKey(passphrase, kdf), iv)
  const data = Buffer.concat([cipher.update(secret), cipher.final()])
  const content: PassphraseFile = {
    version: 1,
    kdf,
    wrapped: {
      iv: iv.toString('base64'),
      data: data.toString('base64'),
      tag: cipher.getAuthTag().toString('base64'),
    },
  }
  // On the disk before the key file goes: from then on it is the only way in.
  writeFileAtomic(join(dataDir, PASSPHRASE_FILE_NAME), `${JSON.stringify(content, null, 2)}\n`)
  if (existing) removeKeyFile(dataDir)
  return deriveInstallationKeys(secret)
}
