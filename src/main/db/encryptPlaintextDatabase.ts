import { copyFileSync, renameSync, rmSync } from 'node:fs'
import BetterSqlite3 from 'better-sqlite3-multiple-ciphers'
import { createPrivateEmptyFile, makePrivate } from '../storage/fileModes'
import { CIPHER_PRAGMA, rawKey } from './keyedDatabase'

const SIDE_FILES = ['-wal', '-shm', '-journal'] as const

export interface EncryptPlaintextOptions {
  readonly file: string
  readonly key: Buffer
  readonly nativeBinding?: string
  /** Names the safety copy; tests pin it. */
  readonly now: Date
}

/** Thrown when the plaintext database fails its check: it is not converted, nor touched. */
export class PlaintextDatabaseDamagedError extends Error {
  override readonly name = 'PlaintextDatabaseDamagedError'
}

/**
 * Converts a database written by a build without encryption, once, at open. Every step before
 * the last writes only new files, and the last is a rename, so a crash at any point leaves
 * either the plaintext database or the encrypted one in place, never half of each:
 *
 * 1. a consistent copy of the plaintext database, WAL included (VACUUM INTO);
 * 2. that copy encrypted in place with the key (`PRAGMA rekey`, which SQLCipher refuses in WAL
 *    mode, hence the copy rather than the live file);
 * 3. the encrypted safety copy beside it (`.before-encryption-….bak`), then the encrypted file
 *    renamed over the plaintext one and the plaintext's -wal and -shm removed.
 *
 * Returns the safety copy's path.
 */
export function encryptPlaintextDatabase(options: EncryptPlaintextOptions): string {
  const { file } = options
  const working = `${file}.encrypting`
  const stamp = options.now.toISOString().replace(/[:.]/g, '-')
  const safetyCopy = `${file}.before-encryption-${stamp}.bak`
  const binding = options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}
  removeWithSideFiles(working)

  const plain = new BetterSqlite3(file, { fileMustExist: true, ...binding })
  try {
    let check: unknown
    try {
      check = plain.pragma('quick_check', { simple: true })
    } catch (error) {
      throw new PlaintextDatabaseDamagedError('The database file is damaged.', { cause: error })
    }
    if (check !== 'ok') throw new PlaintextDatabaseDamagedError('The database file is damaged.')
    createPrivateEmptyFile(working)
    plain.prepare('VACUUM INTO ?').run(working)
  } catch (error) {
    removeWithSideFiles(working)
    throw error
  } finally {
    plain.close()
  }

  try {
    encryptInPlace(working, options.key, binding)
    copyFileSync(working, safetyCopy)
    makePrivate(safetyCopy)
    renameSync(working, file)
  } catch (error) {
    removeWithSideFiles(working)
    rmSync(safetyCopy, { force: true })
    throw error
  }
  // The plaintext's own side files: closed cleanly above, so normally already gone.
  for (const suffix of SIDE_FILES) rmSync(`${file}${suffix}`, { force: true })
  return safetyCopy
}

/**
 * Encrypts a plaintext database file that nothing else has open (a fresh VACUUM INTO copy) with
 * the key, in place: `PRAGMA rekey`, which SQLCipher refuses in WAL mode, hence DELETE first.
 */
export function encryptInPlace(
  file: string,
  key: Buffer,
  binding: { readonly nativeBinding?: string } = {},
): void {
  const copy = new BetterSqlite3(file, { fileMustExist: true, ...binding })
  try {
    copy.pragma('journal_mode = DELETE')
    copy.pragma(CIPHER_PRAGMA)
    copy.pragma(`rekey = ${rawKey(key)}`)
  } finally {
    copy.close()
  }
}

export function removeWithSideFiles(path: string): void {
  for (const suffix of ['', ...SIDE_FILES]) rmSync(`${path}${suffix}`, { force: true })
}
