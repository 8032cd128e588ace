import BetterSqlite3 from 'better-sqlite3-multiple-ciphers'
import type { Database } from 'better-sqlite3-multiple-ciphers'
import { migrate } from '../db/migrate'
import { MIGRATIONS } from '../db/migrations/index'

/** One row of sqlite_master: a table, index, trigger or view, and the SQL that made it. */
export interface SchemaObject {
  readonly type: string
  readonly name: string
  readonly table: string
  readonly sql: string | null
}

// SQLite's statistics tables come and go with ANALYZE; they hold no data of ours and no SQL.
const IGNORED = /^sqlite_stat\d$/

/** Reads sqlite_master; reading it runs nothing the file carries (triggers fire on writes). */
export function schemaOf(db: Database): SchemaObject[] {
  return db
    .prepare<[], SchemaObject>(
      'SELECT type, name, tbl_name AS "table", sql FROM sqlite_master ORDER BY type, name',
    )
    .all()
    .filter((object) => !IGNORED.test(object.name))
}

const cache = new Map<number, SchemaObject[]>()

/**
 * Exactly what a Clinic Intake database of `version` holds: an empty in-memory database taken
 * through the same migrations. Built, not written down, so it can never drift from them.
 */
export function expectedSchema(version: number, nativeBinding?: string): SchemaObject[] {
  const known = cache.get(version)
  if (known) return known
  const db = new BetterSqlite3(':memory:', nativeBinding ? { nativeBinding } : {})
  try {
    migrate(
      db,
      MIGRATIONS.filter((migration) => migration.version <= version),
    )
    const schema = schemaOf(db)
    cache.set(version, schema)
    return schema
  } finally {
    db.close()
  }
}

const spaced = (sql: string | null) => sql?.replace(/\s+/g, ' ').trim() ?? null
const keyOf = (object: SchemaObject) => `${object.type} ${object.name}`

/**
 * What differs, in words for the refusal ("a trigger audit_copy that Clinic Intake does not
 * make"); empty when the file has exactly the expected tables, columns, indexes and triggers.
 */
export function schemaDifferences(
  actual: readonly SchemaObject[],
  expected: readonly SchemaObject[],
): string[] {
  const wanted = new Map(expected.map((object) => [keyOf(object), object]))
  const found = new Map(actual.map((object) => [keyOf(object), object]))
  const problems: string[] = []
  for (const object of actual) {
    const match = wanted.get(keyOf(object))
    if (!match) problems.push(`a ${object.type} "${object.name}" that Clinic Intake does not make`)
    else if (match.table !== object.table || spaced(match.sql) !== spaced(object.sql)) {
      problems.push(`a ${object.type} "${object.name}" that is not defined as Clinic Intake's`)
    }
  }
  for (const object of expected) {
    if (!found.has(keyOf(object))) problems.push(`no ${object.type} "${object.name}"`)
  }
  return problems
}
