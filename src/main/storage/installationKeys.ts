import { createHash, hkdfSync } from 'node:crypto'

/**
 * The keys of one installation, all derived from one random secret that never enters the
 * database: the OS keystore holds it in the desktop shell (Electron `safeStorage`), a 0600 key
 * file or a passphrase on the server and the browser shell. Deriving them (HKDF-SHA-256, one
 * label each) means one secret to keep safe, and no key can be worked out from another.
 */
export interface InstallationKeys {
  /** SQLCipher key of the database, its backups and set-aside copies (32 bytes, raw). */
  readonly database: Buffer
  /** HMAC-SHA-256 key of the audit chain and its checkpoints. */
  readonly audit: Buffer
  /** HMAC-SHA-256 key that signs this installation's own backups. */
  readonly backup: Buffer
  /**
   * Not secret: a short fingerprint naming this installation, shown when a backup comes from
   * somewhere else ("made by installation 3F9A-…").
   */
  readonly installationId: string
}

export const SECRET_BYTES = 32

function derive(secret: Buffer, label: string): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, Buffer.alloc(0), `clinic-intake/${label}/v1`, 32))
}

export function deriveInstallationKeys(secret: Buffer): InstallationKeys {
  if (secret.length < SECRET_BYTES) throw new Error('The installation secret is too short.')
  const id = createHash('sha256').update(derive(secret, 'installation-id')).digest('hex')
  return {
    database: derive(secret, 'database'),
    audit: derive(secret, 'audit'),
    backup: derive(secret, 'backup'),
    installationId: id
      .slice(0, 16)
      .toUpperCase()
      .replace(/(.{4})(?!$)/g, '$1-'),
  }
}
