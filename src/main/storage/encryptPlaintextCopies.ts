import { existsSync, lstatSync, readdirSync, renameSync, rmSync } from 'node:fs'
import { join, resolve } from 'node:path'
import BetterSqlite3 from 'better-sqlite3-multiple-ciphers'
import type { Database } from 'better-sqlite3-multiple-ciphers'
import { isOwnBackupName } from '../backups/backupFiles'
import {
  checkSignature,
  sha256OfFile,
  signatureFileOf,
  signBackup,
} from '../backups/backupSignature'
import { DATABASE_FILE_NAME } from '../dataDir'
import { encryptInPlace, removeWithSideFiles } from '../db/encryptPlaintextDatabase'
import { isPlaintextDatabase, openKeyedDatabase } from '../db/keyedDatabase'
import type { Logger } from '../log'
import { createPrivateEmptyFile } from './fileModes'
import type { InstallationKeys } from './installationKeys'

export interface PlaintextCopiesOptions {
  readonly dataDir: string
  readonly backupFolder: string
  readonly keys: InstallationKeys
  readonly log: Logger
  readonly nativeBinding?: string
  /** `(done, total)` in copies, 0 first, when there is at least one to convert. */
  readonly onProgress?: (done: number, total: number) => void
}

export interface PlaintextCopiesOutcome {
  /** The app's own copies re-written encrypted. */
  readonly encrypted: number
  /** The app's own copies that could not be (damaged, disk full): left as they were. */
  readonly failed: number
  /** Plaintext databases the app did not make (other names): never touched. */
  readonly leftAlone: number
}

/**
 * The copies the app writes beside the database: before a migration (`.before-v3-….bak`),
 * before encryption, and the database set aside by a restore (`.replaced-…`).
 */
const OWN_COPY = /^(before-v\d+-.+\.bak|before-encryption-.+\.bak|replaced-[^/]+)$/
const SIDE_FILE = /-(wal|shm|journal)$/

function isOwnCopyName(name: string): boolean {
  const prefix = `${DATABASE_FILE_NAME}.`
  return (
    name.startsWith(prefix) && !SIDE_FILE.test(name) && OWN_COPY.test(name.slice(prefix.length))
  )
}

/** Rows per table: what must be the same, table by table, in the encrypted copy. */
function rowCounts(db: Database): Map<string, number> {
  const tables = db
    .prepare<[], string>(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
    )
    .pluck()
    .all()
  const quoted = (name: string) => `"${name.replaceAll('"', '""')}"`
  return new Map(
    tables.map((table) => [
      table,
      db
        .prepare<[], number>(`SELECT count(*) FROM ${quoted(table)}`)
        .pluck()
        .get() ?? 0,
    ]),
  )
}

function sameCounts(a: Map<string, number>, b: Map<string, number>): boolean {
  return a.size === b.size && [...a].every(([table, count]) => b.get(table) === count)
}

/**
 * Re-writes one plaintext copy encrypted with the installation's database key, so that a crash
 * at any step leaves either the plaintext file or the encrypted one under its name, whole:
 * an encrypted copy is written beside it (0600), opened with the key and compared table by
 * table, then renamed over the plaintext. A backup this installation signed is signed again
 * (the signature covers the file's bytes, which changed); one it did not sign stays unsigned,
 * so converting can never make a file from elsewhere look like this installation's own.
 */
function encryptCopy(file: string, options: PlaintextCopiesOptions): void {
  const binding = options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}
  const working = `${file}.encrypting`
  removeWithSideFiles(working)
  const signed = existsSync(signatureFileOf(file))
    ? checkSignature(file, sha256OfFile(file), options.keys)
    : null
  let before: Map<string, number>
  let schemaVersion: number
  const plain = new BetterSqlite3(file, { fileMustExist: true, ...binding })
  try {
    // Nothing in the file's schema may run while it is read.
    plain.pragma('trusted_schema = OFF')
    if (plain.pragma('quick_check', { simple: true }) !== 'ok') {
      throw new Error('The copy failed its check.')
    }
    before = rowCounts(plain)
    schemaVersion = plain.pragma('user_version', { simple: true }) as number
    createPrivateEmptyFile(working)
    plain.prepare('VACUUM INTO ?').run(working)
  } catch (error) {
    removeWithSideFiles(working)
    throw error
  } finally {
    plain.close()
  }
  try {
    encryptInPlace(working, options.keys.database, binding)
    const encrypted = openKeyedDatabase(working, {
      key: options.keys.database,
      readonly: true,
      ...binding,
    })
    try {
      if (!sameCounts(before, rowCounts(encrypted))) {
        throw new Error('The encrypted copy does not hold the same rows.')
      }
    } finally {
      encrypted.close()
    }
    renameSync(working, file)
  } catch (error) {
    removeWithSideFiles(working)
    throw error
  }
  // The plaintext's own side files, if it ever had any; the rename removed the plaintext itself.
  for (const suffix of ['-wal', '-shm', '-journal']) rmSync(`${file}${suffix}`, { force: true })
  if (signed?.origin === 'this_installation') {
    // A crash just before this leaves an encrypted backup whose signature no longer matches:
    // it then needs an admin's confirmation to restore, which is safe, never the reverse.
    signBackup(file, options.keys, {
      createdAt: new Date(signed.createdAt ?? Date.now()),
      schemaVersion,
    })
  }
}

/** The plaintext database files in a folder: the app's own, and the rest. */
function plaintextFilesIn(
  folder: string,
  isOwn: (name: string) => boolean,
): { own: string[]; others: number } {
  const own: string[] = []
  let others = 0
  for (const name of readdirSync(folder)) {
    const path = join(folder, name)
    if (!lstatSync(path, { throwIfNoEntry: false })?.isFile()) continue
    if (!isPlaintextDatabase(path)) continue
    if (isOwn(name)) own.push(path)
    else others += 1
  }
  return { own, others }
}

/**
 * Leaves nothing readable of the app's own on disk once the database is encrypted: the
 * backups it wrote before encryption, its pre-migration copies and restore's set-aside copies
 * are re-written encrypted with the installation's key. Files it did not make (any other name)
 * are left alone, counted in the log without their names.
 *
 * Runs at every open, not only at the one-time conversion of the database: a conversion cut
 * short (a crash, a disconnected backup drive) is finished at the next start, and once done it
 * costs two directory listings and a 16-byte read per database file. Never throws: a copy that
 * cannot be converted stays as it was, and the app starts.
 */
export function encryptPlaintextCopies(options: PlaintextCopiesOptions): PlaintextCopiesOutcome {
  const folders = new Map<string, (name: string) => boolean>()
  folders.set(resolve(options.backupFolder), isOwnBackupName)
  // The data folder last, so that a backup folder set to the data folder itself knows both kinds.
  const backupIsDataDir = folders.has(resolve(options.dataDir))
  folders.set(resolve(options.dataDir), (name) =>
    backupIsDataDir ? isOwnCopyName(name) || isOwnBackupName(name) : isOwnCopyName(name),
  )
  let encrypted = 0
  let failed = 0
  let leftAlone = 0
  // Both folders listed first, so that the progress has its total from the start.
  const own: string[] = []
  for (const [folder, isOwn] of folders) {
    try {
      const found = plaintextFilesIn(folder, isOwn)
      own.push(...found.own)
      leftAlone += found.others
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
        options.log.error('storage.plaintext_scan_failed', error)
      }
    }
  }
  if (own.length) options.onProgress?.(0, own.length)
  for (const file of own) {
    try {
      encryptCopy(file, options)
      encrypted += 1
    } catch (error) {
      failed += 1
      options.log.error('storage.plaintext_copy_not_encrypted', error)
    }
    options.onProgress?.(encrypted + failed, own.length)
  }
  if (encrypted || failed)
    options.log.info('storage.plaintext_copies_encrypted', { encrypted, failed })
  if (leftAlone) options.log.info('storage.plaintext_files_left_alone', { count: leftAlone })
  return { encrypted, failed, leftAlone }
}
