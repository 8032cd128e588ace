import type { Database } from 'better-sqlite3-multiple-ciphers'

/**
 * One numbered, append-only schema step. A released migration is never edited: fix forward
 * with a new one. `PRAGMA user_version` records the last applied number.
 */
export interface Migration {
  readonly version: number
  readonly name: string
  readonly up: (db: Database) => void
}
