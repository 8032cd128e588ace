import Database from 'better-sqlite3-multiple-ciphers'
import { migrate } from '../../../src/main/db/migrate'
import { MIGRATIONS } from '../../../src/main/db/migrations/index'

/**
 * An in-memory database as an installation had it just before migration `version`, holding one
 * patient (id 1, "Old Record") stored at `recordedAt`: what a migration test upgrades and checks
 * is still there afterwards.
 */
export function databaseBefore(version: number, recordedAt: string): Database.Database {
  const db = new Database(':memory:')
  db.pragma('foreign_keys = ON')
  migrate(
    db,
    MIGRATIONS.filter((migration) => migration.version < version),
  )
  db.prepare(
    `INSERT INTO patients (id, given_name, family_name, date_of_birth, sex, created_at, updated_at)
     VALUES (1, 'Old', 'Record', '1970-01-01', 'female', ?, ?)`,
  ).run(recordedAt, recordedAt)
  return db
}
