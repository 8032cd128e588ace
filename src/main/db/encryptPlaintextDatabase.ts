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
  /**
   * Called after each step with `done` of `total` (see ENCRYPTION_STEPS). Each step is one
   * SQLite statement (or one file copy) that cannot report from inside, so this is a step
   * report weighted by what each step costs, not a page count.
   */
  readonly onProgress?: (done: number, total: number) => void
}

/**
 * The conversion's steps, weighted by their share of its time, measured on a 30 MB database
 * (check 7%, copy 19%, encryption 72%, safety copy 2%) and consistent with ~41 s on the 2 GB
 * benchmark database: enough for a fair percentage and time estimate between steps.
 */
const ENCRYPTION_STEPS = { check: 7, copy: 19, encrypt: 72, safetyCopy: 2 } as const
const ENCRYPTION_TOTAL = Object.values(ENCRYPTION_STEPS).reduce((sum, weight) => sum + weight, 0)

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
  let done = 0
  const stepDone = (step: keyof typeof ENCRYPTION_STEPS) => {
    done += ENCRYPTION_STEPS[step]
    options.onProgress?.(done, ENCRYPTION_TOTAL)
  }
  options.onProgress?.(0, ENCRYPTION_TOTAL)

  const plain = new BetterSqlite3(file, { fileMustExist: true, ...binding })
  try {
    let check: unknown
    try {
      check = plain.pragma('quick_check', { simple: true })
    } catch (error) {
      throw new PlaintextDatabaseDamagedError('The database file is damaged.', { cause: error })
    }
    if (check !== 'ok') throw new PlaintextDatabaseDamagedError('The database file is damaged.')
    stepDone('check')
    createPrivateEmptyFile(working)
    plain.prepare('VACUUM INTO ?').run(working)
    stepDone('copy')
  } catch (error) {
    removeWithSideFiles(working)
    throw error
  } finally {
    plain.close()
  }

  try {
    encryptInPlace(working, options.key, binding)
    stepDone('encrypt')
    copyFileSync(working, safetyCopy)
    makePrivate(safetyCopy)
    renameSync(working, file)
    stepDone('safetyCopy')
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
