import { closeSync, openSync, readSync } from 'node:fs'
import BetterSqlite3 from 'better-sqlite3-multiple-ciphers'
import type { Database } from 'better-sqlite3-multiple-ciphers'

/**
 * The one way to open a database file of this app: SQLCipher (through SQLite3 Multiple
 * Ciphers) with the installation's database key. The database, its backups, the pre-migration
 * copies and restore's set-aside copies are all encrypted with the same key, so every one of
 * them opens here.
 */
export interface KeyedDatabaseOptions {
  /** `InstallationKeys.database`: 32 random bytes, used as a raw key (no slow key derivation). */
  readonly key: Buffer
  /** The desktop shell passes a better-sqlite3 build compiled for Electron. */
  readonly nativeBinding?: string
  readonly readonly?: boolean
  readonly fileMustExist?: boolean
  /**
   * A file from elsewhere (a backup to restore): `trusted_schema = OFF` before its schema is
   * first read, so no function named in its views or triggers can run.
   */
  readonly untrustedSchema?: boolean
}

/** The file could not be read with the key given: an encrypted file, or not a database at all. */
export class DatabaseUnreadableError extends Error {
  override readonly name = 'DatabaseUnreadableError'
}

const PLAINTEXT_HEADER = Buffer.from('SQLite format 3\0', 'latin1')

/**
 * The statements that key a connection. A raw 256-bit key (`x'…'`) skips SQLCipher's PBKDF2
 * (256,000 rounds, about 130 ms), which is only needed to stretch a typed passphrase; our key is
 * already random. Exported for the worker thread, which opens its own connection.
 */
export function keyPragmas(key: Buffer): string[] {
  return [CIPHER_PRAGMA, `key = ${rawKey(key)}`]
}

/** SQLCipher's page format (AES-256-CBC with a per-page HMAC-SHA-512), not the library default. */
export const CIPHER_PRAGMA = "cipher = 'sqlcipher'"

/** The key as SQLCipher's raw-key literal. */
export function rawKey(key: Buffer): string {
  if (key.length !== 32) throw new Error('The database key must be 32 bytes.')
  return `"x'${key.toString('hex')}'"`
}

export function applyKey(db: Database, key: Buffer): void {
  for (const pragma of keyPragmas(key)) db.pragma(pragma)
}

/** Whether the file starts with SQLite's plaintext header (an unencrypted database). */
export function isPlaintextDatabase(file: string): boolean {
  let fd: number
  try {
    fd = openSync(file, 'r')
  } catch {
    return false
  }
  try {
    const head = Buffer.alloc(PLAINTEXT_HEADER.length)
    const read = readSync(fd, head, 0, head.length, 0)
    return read === head.length && head.equals(PLAINTEXT_HEADER)
  } finally {
    closeSync(fd)
  }
}

function sqliteCode(error: unknown): string | undefined {
  return (error as { code?: unknown }).code === undefined
    ? undefined
    : String((error as { code?: unknown }).code)
}

/**
 * Opens `file` keyed and reads its first page, which is where a wrong key shows (SQLCipher
 * checks the page's HMAC): that read fails with SQLITE_NOTADB, reported as
 * DatabaseUnreadableError. Any other failure (no such file, permissions) is thrown as it is.
 */
export function openKeyedDatabase(file: string, options: KeyedDatabaseOptions): Database {
  const db = new BetterSqlite3(file, {
    fileMustExist: options.fileMustExist ?? true,
    readonly: options.readonly ?? false,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  })
  try {
    applyKey(db, options.key)
    if (options.untrustedSchema) db.pragma('trusted_schema = OFF')
    db.prepare('SELECT count(*) FROM sqlite_master').pluck().get()
    return db
  } catch (error) {
    db.close()
    if (sqliteCode(error) === 'SQLITE_NOTADB') {
      throw new DatabaseUnreadableError('The file cannot be read with this installation’s key.', {
        cause: error,
      })
    }
    throw error
  }
}
