import BetterSqlite3 from 'better-sqlite3-multiple-ciphers'
import type { Database } from 'better-sqlite3-multiple-ciphers'
import { migrate } from '../../src/main/db/migrate'
import { MIGRATIONS } from '../../src/main/db/migrations/index'

interface SchemaObject {
  type: string
  name: string
  sql: string | null
  /** A table's columns, in order. */
  columns: string[]
}

function columnsOf(db: Database, table: string): string[] {
  return (db.pragma(`table_info(${quote(table)})`) as { name: string }[]).map((c) => c.name)
}

function schemaAfter(count: number): Map<string, SchemaObject> {
  const db = new BetterSqlite3(':memory:')
  try {
    migrate(db, MIGRATIONS.slice(0, count))
    const objects = db
      .prepare<[], Omit<SchemaObject, 'columns'>>(
        "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'",
      )
      .all()
      .map((object) => ({
        ...object,
        columns: object.type === 'table' ? columnsOf(db, object.name) : [],
      }))
    return new Map(objects.map((object) => [object.name, object]))
  } finally {
    db.close()
  }
}

const isVirtual = (object: SchemaObject) => /^CREATE VIRTUAL TABLE/i.test(object.sql ?? '')
const quote = (name: string) => `"${name.replace(/"/g, '""')}"`

/** Columns the newer table has after all of the older one's, or null if not just that. */
function appendedColumns(old: SchemaObject, now: SchemaObject): string[] | null {
  const prefix = now.columns.slice(0, old.columns.length)
  if (prefix.join('\n') !== old.columns.join('\n')) return null
  return now.columns.slice(old.columns.length)
}

type Downgrade = { ok: true; version: number } | { ok: false; reason: string }

/**
 * Turns a database at the latest schema back into one at the schema before the newest
 * migration, so that migration can be timed on clinic-scale data without building a second
 * database. Handles what migrations here do: objects added (dropped again), indexes redefined
 * (restored), columns appended to a table (dropped) and virtual tables redefined (rebuilt with
 * their rows, as the full-text index is). Anything else it declines, leaving the file alone.
 */
export function downgradeToPreviousSchema(db: Database): Downgrade {
  const previous = MIGRATIONS.length - 1
  if (previous < 1) return { ok: false, reason: 'there is no earlier schema' }
  const before = schemaAfter(previous)
  const after = schemaAfter(MIGRATIONS.length)

  const changed = [...before.values()].filter((old) => after.get(old.name)?.sql !== old.sql)
  const rebuilt = changed.filter((old) => old.type === 'table' && isVirtual(old))
  // A virtual table's shadow tables come and go with it.
  const shadowOf = (name: string) => rebuilt.some((table) => name.startsWith(`${table.name}_`))
  const narrowed: { table: string; columns: string[] }[] = []
  for (const old of changed) {
    if (old.type === 'index' || rebuilt.includes(old) || shadowOf(old.name)) continue
    const now = after.get(old.name)
    const appended = old.type === 'table' && now ? appendedColumns(old, now) : null
    if (!appended)
      return { ok: false, reason: `the newest migration changes ${old.type} ${old.name}` }
    narrowed.push({ table: old.name, columns: appended })
  }
  const added = [...after.values()].filter((now) => !before.has(now.name) && !shadowOf(now.name))
  const drop = (type: string) => (object: SchemaObject) => {
    if (object.type === type) db.exec(`DROP ${type.toUpperCase()} IF EXISTS ${quote(object.name)}`)
  }

  // A migration that rebuilds tables (m013 widens CHECK constraints) leaves columns that a
  // constraint names, which SQLite cannot drop: decline then, as for any other change, and the
  // transaction leaves the file as it was.
  try {
    undo()
  } catch (error) {
    return { ok: false, reason: `the newest migration cannot be undone here (${String(error)})` }
  }
  return { ok: true, version: previous }

  function undo(): void {
    db.transaction(() => {
      // What refers to columns goes first, so the columns can go; changed indexes come back last.
      for (const type of ['trigger', 'view', 'index']) added.forEach(drop(type))
      changed.forEach(drop('index'))
      for (const { table, columns } of narrowed) {
        for (const column of columns)
          db.exec(`ALTER TABLE ${quote(table)} DROP COLUMN ${quote(column)}`)
      }
      for (const old of rebuilt) {
        const columns = old.columns.map(quote).join(', ')
        const copy = `${old.name}_previous`
        const named = /^(CREATE VIRTUAL TABLE\s+)("?)([^\s"(]+)\2/i
        db.exec((old.sql ?? '').replace(named, `$1${quote(copy)}`))
        db.exec(
          `INSERT INTO ${quote(copy)} (rowid, ${columns}) SELECT rowid, ${columns} FROM ${quote(old.name)}`,
        )
        db.exec(
          `DROP TABLE ${quote(old.name)}; ALTER TABLE ${quote(copy)} RENAME TO ${quote(old.name)}`,
        )
      }
      added.forEach(drop('table'))
      for (const old of changed) if (old.type === 'index') db.exec(old.sql ?? '')
      const hasSequence = db
        .prepare("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_sequence'")
        .get()
      if (hasSequence) {
        const remove = db.prepare('DELETE FROM sqlite_sequence WHERE name = ?')
        for (const object of added) if (object.type === 'table') remove.run(object.name)
      }
      db.pragma(`user_version = ${previous}`)
    })()
  }
}
