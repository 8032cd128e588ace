import type { Database } from 'better-sqlite3-multiple-ciphers'
import type { Migration } from './migrations/migration'

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number
}

/**
 * Applies every pending migration, each in its own transaction with its version bump.
 * `onProgress` hears `(done, total)` in migrations: 0 before the first, then after each.
 */
export function migrate(
  db: Database,
  migrations: readonly Migration[],
  onProgress?: (done: number, total: number) => void,
): number[] {
  const applied: number[] = []
  const from = schemaVersion(db)
  const pending = migrations.filter((migration) => migration.version > from).length
  if (pending > 0) onProgress?.(0, pending)
  for (const migration of migrations) {
    if (migration.version <= schemaVersion(db)) continue
    // Foreign keys can only be switched outside a transaction; a rebuild needs them off.
    const enforced = db.pragma('foreign_keys', { simple: true }) === 1
    if (migration.rebuildsTables) db.pragma('foreign_keys = OFF')
    try {
      db.transaction(() => {
        migration.up(db)
        if (migration.rebuildsTables && (db.pragma('foreign_key_check') as unknown[]).length > 0) {
          throw new Error(`Migration ${migration.version} broke a foreign key`)
        }
        db.pragma(`user_version = ${migration.version}`)
      })()
    } finally {
      if (migration.rebuildsTables && enforced) db.pragma('foreign_keys = ON')
    }
    applied.push(migration.version)
    onProgress?.(applied.length, pending)
  }
  return applied
}
