import type { Database } from 'better-sqlite3-multiple-ciphers'
import type { Migration } from './migrations/migration'

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number
}

/** Applies every pending migration, each in its own transaction with its version bump. */
export function migrate(db: Database, migrations: readonly Migration[]): number[] {
  const applied: number[] = []
  for (const migration of migrations) {
    if (migration.version <= schemaVersion(db)) continue
    db.transaction(() => {
      migration.up(db)
      db.pragma(`user_version = ${migration.version}`)
    })()
    applied.push(migration.version)
  }
  return applied
}
