import type { Database } from 'better-sqlite3-multiple-ciphers'

/**
 * One numbered, append-only schema step. A released migration is never edited: fix forward
 * with a new one. `PRAGMA user_version` records the last applied number.
 */
export interface Migration {
  readonly version: number
  readonly name: string
  readonly up: (db: Database) => void
  /**
   * The migration rebuilds tables (SQLite's way to change a CHECK): it runs with foreign keys
   * off, as a DROP of a referenced table requires, and they are checked before it commits.
   */
  readonly rebuildsTables?: true
}
