import BetterSqlite3 from 'better-sqlite3'
import type { Database } from 'better-sqlite3'
import { migrate } from '../../src/main/db/migrate'
import { MIGRATIONS } from '../../src/main/db/migrations/index'

interface SchemaObject {
  type: string
  name: string
  sql: string | null
}

function schemaAfter(count: number): Map<string, SchemaObject> {
  const db = new BetterSqlite3(':memory:')
  try {
    migrate(db, MIGRATIONS.slice(0, count))
    const objects = db
      .prepare<[], SchemaObject>(
        "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'",
      )
      .all()
    return new Map(objects.map((object) => [object.name, object]))
  } finally {
    db.close()
  }
}

const DROP_ORDER = ['trigger', 'view', 'index', 'table']

/**
 * Turns a database at the latest schema back into one at the schema before the newest
 * migration, so that migration can be timed on clinic-scale data without building a second
 * database. Only possible when the newest migration only added objects (tables, indexes,
 * triggers): they are dropped. Returns why not otherwise, and leaves the file as it was.
 */
export function downgradeToPreviousSchema(
  db: Database,
): { ok: true; version: number } | { ok: false; reason: string } {
  const previous = MIGRATIONS.length - 1
  if (previous < 1) return { ok: false, reason: 'there is no earlier schema' }
  const before = schemaAfter(previous)
  const after = schemaAfter(MIGRATIONS.length)
  for (const [name, object] of before) {
    if (after.get(name)?.sql !== object.sql) {
      return { ok: false, reason: `the newest migration changes ${object.type} ${name}` }
    }
  }
  const added = [...after.values()]
    .filter((object) => !before.has(object.name))
    .sort((a, b) => DROP_ORDER.indexOf(a.type) - DROP_ORDER.indexOf(b.type))
  db.transaction(() => {
    for (const object of added) {
      // A virtual table drops its shadow tables itself, so each drop tolerates "already gone".
      db.exec(`DROP ${object.type.toUpperCase()} IF EXISTS "${object.name}"`)
    }
    const hasSequence = db
      .prepare("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_sequence'")
      .get()
    if (hasSequence) {
      const remove = db.prepare('DELETE FROM sqlite_sequence WHERE name = ?')
      for (const object of added) if (object.type === 'table') remove.run(object.name)
    }
    db.pragma(`user_version = ${previous}`)
  })()
  return { ok: true, version: previous }
}
