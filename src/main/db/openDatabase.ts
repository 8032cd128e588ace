import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import BetterSqlite3 from 'better-sqlite3-multiple-ciphers'
import type { Database } from 'better-sqlite3-multiple-ciphers'
import type { InstallationKeys } from '../storage/installationKeys'
import {
  createPrivateEmptyFile,
  makePrivate,
  PRIVATE_FILE_MODE,
  securePrivateFolder,
} from '../storage/fileModes'
import { encryptPlaintextDatabase, PlaintextDatabaseDamagedError } from './encryptPlaintextDatabase'
import { DatabaseUnreadableError, isPlaintextDatabase, openKeyedDatabase } from './keyedDatabase'
import { migrate, schemaVersion } from './migrate'
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from './migrations/index'
import type { Migration } from './migrations/index'
import { taskProgress } from './startupProgress'
import type { OnStartupProgress } from './startupProgress'

export interface OpenDatabaseOptions {
  readonly file: string
  /** The database key, and the installation it belongs to (to tell a wrong key from damage). */
  readonly keys: Pick<InstallationKeys, 'database' | 'installationId'>
  /** The desktop shell passes a better-sqlite3 build compiled for Electron. */
  readonly nativeBinding?: string
  readonly migrations?: readonly Migration[]
  /** Clock for the names of the safety copies; tests pin it. */
  readonly now?: () => Date
  /**
   * 'full' runs SQLite's integrity_check before anything else (on demand). 'auto', the default,
   * runs it only when the last session did not close cleanly; the caller runs quick_check in
   * the background otherwise (see backgroundQuickCheck), so a big database opens at once.
   */
  readonly integrityCheck?: 'auto' | 'full'
  /**
   * The benchmark only: opens (and keeps) a plaintext database without a key, so that the same
   * run can put figures without encryption beside those with it. Never set by the app.
   */
  readonly benchmarkWithoutEncryption?: boolean
  /**
   * The one-time work of a first start after an upgrade, as it goes: the conversion of a
   * plaintext database ('encrypt-database') and the migrations of an existing database
   * ('migrate'; a new database's are instant and not reported).
   */
  readonly onProgress?: OnStartupProgress
}

/** The database file cannot be used as it is; the app must not open (or replace) it. */
export class DatabaseDamagedError extends Error {
  override readonly name = 'DatabaseDamagedError'
}

/** Newer than this build of the app understands: opening it could lose data. */
export class DatabaseTooNewError extends Error {
  override readonly name = 'DatabaseTooNewError'
}

/**
 * The database is encrypted with a key other than this installation's: the key file, the
 * passphrase or the keystore entry is not the one it was made with. Not damage: the file is
 * fine, and nothing may be done to it; the person must bring back the right key.
 */
export class DatabaseKeyError extends Error {
  override readonly name = 'DatabaseKeyError'
}

interface OpenedDatabase {
  readonly runningMarker: string
  readonly fullCheckAtOpen: boolean
  keepMarker: boolean
}

const opened = new WeakMap<Database, OpenedDatabase>()

/**
 * Beside the database while a session has it open; removed by closeDatabase. Finding it at open
 * means the last session ended without closing (a crash, kill -9, a power cut): only then does
 * the full integrity_check run before the app starts.
 */
export function runningMarkerOf(file: string): string {
  return sideFile(file, 'running')
}

/** Records which installation's key encrypts the database, to tell a wrong key from damage. */
export function keyRecordOf(file: string): string {
  return sideFile(file, 'installation-id')
}

/**
 * `.clinic-intake.sqlite3.running`: the app's bookkeeping beside the database, hidden, and not
 * named like a copy of the database (restore moves the database's own files by that name).
 */
function sideFile(file: string, kind: string): string {
  return join(dirname(file), `.${basename(file)}.${kind}`)
}

export function openDatabase(options: OpenDatabaseOptions): Database {
  const migrations = options.migrations ?? MIGRATIONS
  const latest = migrations.length ? Math.max(...migrations.map((m) => m.version)) : 0
  const now = options.now ?? (() => new Date())
  const { file } = options
  const binding = options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}
  securePrivateFolder(dirname(file))

  const existed = existsSync(file) && statSync(file).size > 0
  const db = options.benchmarkWithoutEncryption
    ? new BetterSqlite3(file, binding)
    : openEncrypted(options, existed, now)
  try {
    configure(db)
    const marker = runningMarkerOf(file)
    const fullCheck = options.integrityCheck === 'full' || existsSync(marker)
    if (fullCheck) checkIntegrity(db)
    writeFileSync(marker, `${process.pid}\n`, { mode: PRIVATE_FILE_MODE })
    opened.set(db, { runningMarker: marker, fullCheckAtOpen: fullCheck, keepMarker: false })
    const version = schemaVersion(db)
    if (version > latest) {
      throw new DatabaseTooNewError(
        `The database was written by a newer version of the app (schema ${version}).`,
      )
    }
    if (existed && version > 0 && version < latest) {
      // The copy (a whole-database VACUUM INTO) counts as one step, beside each migration.
      const steps = migrations.filter((migration) => migration.version > version).length + 1
      const report = taskProgress('migrate', options.onProgress)
      report(0, steps)
      copyBeforeMigrating(db, file, now(), version)
      report(1, steps)
      migrate(db, migrations, (done) => report(done + 1, steps))
    } else {
      migrate(db, migrations)
    }
    for (const suffix of ['-wal', '-shm']) makePrivate(`${file}${suffix}`)
    return db
  } catch (error) {
    closeDatabase(db)
    throw error
  }
}

/**
 * Converts a plaintext database first (once), then opens the file with the key. A file that
 * will not decrypt is a wrong key when the key record names another installation, damage
 * otherwise.
 */
function openEncrypted(options: OpenDatabaseOptions, existed: boolean, now: () => Date): Database {
  const { file } = options
  const binding = options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}
  if (existed && isPlaintextDatabase(file)) {
    try {
      encryptPlaintextDatabase({
        file,
        key: options.keys.database,
        now: now(),
        onProgress: taskProgress('encrypt-database', options.onProgress),
        ...binding,
      })
    } catch (error) {
      if (error instanceof PlaintextDatabaseDamagedError) {
        throw new DatabaseDamagedError(error.message, { cause: error })
      }
      throw error
    }
    writeKeyRecord(file, options.keys.installationId)
  }
  if (!existsSync(file)) createPrivateEmptyFile(file)
  if (!existed) writeKeyRecord(file, options.keys.installationId)

  try {
    return openKeyedDatabase(file, { key: options.keys.database, ...binding })
  } catch (error) {
    if (error instanceof DatabaseUnreadableError && isOtherInstallation(file, options.keys)) {
      throw new DatabaseKeyError(
        'The database is locked with a different key than the one this installation has. ' +
          'Nothing was changed. Start the app with the key it was made with (the key file, ' +
          'passphrase or system keystore entry of this data folder).',
        { cause: error },
      )
    }
    throw new DatabaseDamagedError('The database file could not be opened.', { cause: error })
  }
}

/** Closes the database and, unless damage was seen meanwhile, marks the session clean. */
export function closeDatabase(db: Database): void {
  if (db.open) db.close()
  const record = opened.get(db)
  if (record && !record.keepMarker) rmSync(record.runningMarker, { force: true })
}

/** Damage was found while open: the next start runs the full check, whatever the close. */
export function keepUncleanMarker(db: Database): void {
  const record = opened.get(db)
  if (record) record.keepMarker = true
}

/** Whether the full integrity_check ran at open (after an unclean shutdown, or on demand). */
export function fullCheckRanAtOpen(db: Database): boolean {
  return opened.get(db)?.fullCheckAtOpen ?? false
}

function writeKeyRecord(file: string, installationId: string): void {
  writeFileSync(keyRecordOf(file), `${installationId}\n`, { mode: PRIVATE_FILE_MODE })
}

/** True only when the record names another installation; no record means we cannot tell. */
function isOtherInstallation(file: string, keys: OpenDatabaseOptions['keys']): boolean {
  try {
    const recorded = readFileSync(keyRecordOf(file), 'utf8').trim()
    return recorded !== '' && recorded !== keys.installationId
  } catch {
    return false
  }
}

function configure(db: Database): void {
  try {
    db.pragma('journal_mode = WAL')
  } catch (error) {
    throw new DatabaseDamagedError('The database file is not a readable database.', {
      cause: error,
    })
  }
  db.pragma('foreign_keys = ON')
  // FULL: a committed intake survives a power cut, not only an app crash.
  db.pragma('synchronous = FULL')
  db.pragma('busy_timeout = 5000')
}

function checkIntegrity(db: Database): void {
  let result: unknown
  try {
    result = db.pragma('integrity_check', { simple: true })
  } catch (error) {
    throw new DatabaseDamagedError('The database file is damaged.', { cause: error })
  }
  if (result !== 'ok') throw new DatabaseDamagedError('The database file is damaged.')
}

/**
 * A consistent copy (VACUUM INTO) beside the file, so a failed migration loses nothing. The copy
 * carries the database's cipher and key: it is as encrypted as the database.
 */
function copyBeforeMigrating(db: Database, file: string, now: Date, from: number): void {
  const stamp = now.toISOString().replace(/[:.]/g, '-')
  const copy = `${file}.before-v${from}-${stamp}.bak`
  createPrivateEmptyFile(copy)
  db.prepare('VACUUM INTO ?').run(copy)
}

export { LATEST_SCHEMA_VERSION }
