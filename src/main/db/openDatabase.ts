import { existsSync, mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import BetterSqlite3 from 'better-sqlite3-multiple-ciphers'
import type { Database } from 'better-sqlite3-multiple-ciphers'
import { migrate, schemaVersion } from './migrate'
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from './migrations/index'
import type { Migration } from './migrations/index'

export interface OpenDatabaseOptions {
  readonly file: string
  /** The desktop shell passes a better-sqlite3 build compiled for Electron. */
  readonly nativeBinding?: string
  readonly migrations?: readonly Migration[]
  /** Clock for the pre-migration copy's name; tests pin it. */
  readonly now?: () => Date
}

/** The database file cannot be used as it is; the app must not open (or replace) it. */
export class DatabaseDamagedError extends Error {
  override readonly name = 'DatabaseDamagedError'
}

/** Newer than this build of the app understands: opening it could lose data. */
export class DatabaseTooNewError extends Error {
  override readonly name = 'DatabaseTooNewError'
}

export function openDatabase(options: OpenDatabaseOptions): Database {
  const migrations = options.migrations ?? MIGRATIONS
  const latest = migrations.length ? Math.max(...migrations.map((m) => m.version)) : 0
  const existed = existsSync(options.file)
  mkdirSync(dirname(options.file), { recursive: true })

  let db: Database
  try {
    db = new BetterSqlite3(options.file, {
      fileMustExist: existed,
      ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    })
  } catch (error) {
    throw new DatabaseDamagedError('The database file could not be opened.', { cause: error })
  }
  try {
    configure(db)
    checkIntegrity(db)
    const version = schemaVersion(db)
    if (version > latest) {
      throw new DatabaseTooNewError(
        `The database was written by a newer version of the app (schema ${version}).`,
      )
    }
    if (existed && version > 0 && version < latest) copyBeforeMigrating(db, options, version)
    migrate(db, migrations)
    return db
  } catch (error) {
    db.close()
    throw error
  }
}

function configure(db: Database): void {
  try {
    db.pragma('journal_mode = WAL')
  } catch (error) {
    // SQLITE_NOTADB and friends surface on the first read of the header.
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
    result = db.pragma('quick_check', { simple: true })
  } catch (error) {
    throw new DatabaseDamagedError('The database file is damaged.', { cause: error })
  }
  if (result !== 'ok') throw new DatabaseDamagedError('The database file is damaged.')
}

/** A consistent copy (VACUUM INTO) beside the file, so a failed migration loses nothing. */
function copyBeforeMigrating(db: Database, options: OpenDatabaseOptions, from: number): void {
  const stamp = (options.now?.() ?? new Date()).toISOString().replace(/[:.]/g, '-')
  db.prepare('VACUUM INTO ?').run(`${options.file}.before-v${from}-${stamp}.bak`)
}

export { LATEST_SCHEMA_VERSION }
